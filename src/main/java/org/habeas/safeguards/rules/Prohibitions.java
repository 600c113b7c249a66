package org.habeas.safeguards.rules;

import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;

import java.util.ArrayList;
import java.util.List;
import org.habeas.safeguards.EventPattern;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms.ForbiddenAfter;
import org.jspecify.annotations.Nullable;

/**
 * Things that must not happen once an event forbids them: the consulate is not told after the
 * person declined, or while they seek asylum, unless they later ask for it.
 *
 * <p>Each prohibition (an {@code after} event, while none is already in force) owes one obligation
 * until a {@code liftedBy} event ends it: {@code MET} while nothing forbidden happened, {@code
 * BREACHED} for each forbidden event inside it. Nothing forbids before the first {@code after}
 * event, so a record without one owes nothing under the rule.
 */
final class Prohibitions {

  private Prohibitions() {}

  static void judge(Rule rule, ForbiddenAfter terms, RecordFacts f, Verdicts out) {
    if (!f.applies(rule)) {
      out.notApplicable(rule);
      return;
    }
    Fact forbidding = null;
    List<Fact> done = new ArrayList<>();
    for (Fact x : f.facts) {
      if (forbidding != null && EventPattern.any(terms.liftedBy(), x.event())) {
        close(rule, forbidding, done, out);
        forbidding = null;
        done = new ArrayList<>();
      }
      if (forbidding == null && EventPattern.any(terms.after(), x.event())) {
        forbidding = x;
      } else if (forbidding != null && EventPattern.any(terms.forbids(), x.event())) {
        done.add(x);
      }
    }
    close(rule, forbidding, done, out);
  }

  private static void close(Rule rule, @Nullable Fact forbidding, List<Fact> done, Verdicts out) {
    if (forbidding == null) {
      return;
    }
    if (done.isEmpty()) {
      out.add(rule, MET, forbidding.at(), null, null, List.of(forbidding.seq()), null);
      return;
    }
    for (Fact x : done) {
      out.add(
          rule,
          BREACHED,
          forbidding.at(),
          null,
          null,
          List.of(forbidding.seq(), x.seq()),
          Reason.FORBIDDEN);
    }
  }
}
