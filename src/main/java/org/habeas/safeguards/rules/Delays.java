package org.habeas.safeguards.rules;

import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;

import java.util.List;
import org.habeas.custody.DelayAuthorised;
import org.habeas.custody.DelayedRight;
import org.habeas.safeguards.Authority;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.Rule;
import org.jspecify.annotations.Nullable;

/**
 * Delays of a right: each {@code DelayAuthorised} is lawful only from an allowed rank, in a case
 * that allows it, by an officer not involved where the rule says so, with reasons (which the record
 * always has).
 */
final class Delays {

  private Delays() {}

  static void judge(
      Rule rule, @Nullable DelayedRight right, Authority by, RecordFacts f, Verdicts out) {
    for (Fact x : f.facts) {
      if (!(x.event() instanceof DelayAuthorised d) || (right != null && d.right() != right)) {
        continue;
      }
      Reason refused = null;
      if (!by.allowsRank(d.rank())) {
        refused = Reason.RANK_NOT_ALLOWED;
      } else if (!by.requires().stream().allMatch(f::holds)) {
        refused = Reason.CASE_NOT_ELIGIBLE;
      } else if (by.notInvolved() && f.interrogators.contains(RecordFacts.name(d.authorisedBy()))) {
        refused = Reason.INVOLVED_IN_CASE;
      }
      out.add(
          rule,
          refused == null ? MET : BREACHED,
          x.at(),
          null,
          refused == null ? x.at() : null,
          List.of(x.seq()),
          refused);
    }
  }
}
