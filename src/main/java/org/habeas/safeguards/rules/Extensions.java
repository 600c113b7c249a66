package org.habeas.safeguards.rules;

import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;

import java.util.List;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms.Deadline;
import org.habeas.safeguards.RuleTerms.ExtensionOf;

/**
 * Extensions of another rule's deadline (PACE s.42 by a superintendent, s.43 by warrant): each one
 * claimed under this rule is {@code MET} if lawful and moved the deadline, {@code BREACHED} if not,
 * with the reason (rank, kind of case, reviews, timing).
 */
final class Extensions {

  private Extensions() {}

  static void judge(Rule rule, ExtensionOf terms, RecordFacts f, Verdicts out) {
    if (!f.applies(rule)) {
      out.notApplicable(rule);
      return;
    }
    Rule extended = f.profile.rule(terms.extendsRule()).orElseThrow();
    if (!(extended.terms() instanceof Deadline d)) {
      throw new IllegalStateException(terms.extendsRule() + " is not a deadline");
    }
    for (ExtensionJudgement j : DeadlineClock.of(extended, d, f).judgements()) {
      if (!j.ruleId().equals(rule.id())) {
        continue;
      }
      Fact x = j.extension();
      out.add(
          rule,
          j.lawful() ? MET : BREACHED,
          x.at(),
          j.latest(),
          j.lawful() ? x.at() : null,
          List.of(x.seq()),
          j.reason());
    }
  }
}
