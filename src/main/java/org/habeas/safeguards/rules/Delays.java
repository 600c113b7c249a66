package org.habeas.safeguards.rules;

import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;

import java.util.ArrayList;
import java.util.List;
import org.habeas.custody.DelayAuthorised;
import org.habeas.custody.DelayedRight;
import org.habeas.safeguards.Authority;
import org.habeas.safeguards.EventPattern;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms;
import org.jspecify.annotations.Nullable;

/**
 * Delays of a right: each {@code DelayAuthorised} is lawful only from an allowed rank, in a case
 * that allows it, by an officer not involved where the rule says so, with reasons (which the record
 * always has), and only before the event that ends such delays ({@code until}, e.g. the charge:
 * Code C Annex B): one authorised at or after it is {@code BREACHED}, {@link Reason#AFTER_END}.
 */
final class Delays {

  private Delays() {}

  static void judge(
      Rule rule,
      @Nullable DelayedRight right,
      Authority by,
      List<EventPattern> until,
      RecordFacts f,
      Verdicts out) {
    List<EventPattern> ends = new ArrayList<>(until);
    ends.addAll(rule.until());
    Fact end = f.stop(ends);
    for (Fact x : f.facts) {
      if (!(x.event() instanceof DelayAuthorised d) || (right != null && d.right() != right)) {
        continue;
      }
      Reason refused =
          end != null && !x.at().isBefore(end.at()) ? Reason.AFTER_END : refusal(d, by, f);
      List<Integer> seqs =
          refused == Reason.AFTER_END && end != null
              ? List.of(x.seq(), end.seq())
              : List.of(x.seq());
      // Judged as authorised: a rule's end does not turn the judgement of a delay into "not owed".
      out.addJudgement(
          rule,
          refused == null ? MET : BREACHED,
          x.at(),
          refused == null ? x.at() : null,
          seqs,
          refused);
    }
  }

  /** Why the authority does not allow the delay; null when it is lawful. */
  static @Nullable Reason refusal(DelayAuthorised d, Authority by, RecordFacts f) {
    if (!by.allowsRank(d.rank())) {
      return Reason.RANK_NOT_ALLOWED;
    } else if (!by.requires().stream().allMatch(f::holds)) {
      return Reason.CASE_NOT_ELIGIBLE;
    } else if (by.notInvolved() && f.interrogators.contains(RecordFacts.name(d.authorisedBy()))) {
      return Reason.INVOLVED_IN_CASE;
    }
    return null;
  }

  /**
   * Whether the delay is lawful for every rule of the profile that judges delays of its right (a
   * delay-authorisation rule, or a deadline's delays) and applies to the record; false when no rule
   * judges them, as nobody may then delay the right.
   */
  static boolean lawful(DelayAuthorised d, RecordFacts f) {
    boolean judged = false;
    for (Rule rule : f.profile.rules()) {
      Authority by = null;
      if (rule.terms() instanceof RuleTerms.DelayAuthorisation a
          && (a.right() == null || a.right() == d.right())) {
        by = a.by();
      } else if (rule.terms() instanceof RuleTerms.Deadline t
          && t.delays() != null
          && t.delays().right() == d.right()) {
        by = t.delays().by();
      }
      if (by == null || !f.applies(rule)) {
        continue;
      }
      if (refusal(d, by, f) != null) {
        return false;
      }
      judged = true;
    }
    return judged;
  }
}
