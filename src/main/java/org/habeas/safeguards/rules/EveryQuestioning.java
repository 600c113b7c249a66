package org.habeas.safeguards.rules;

import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.WAIVED;

import java.time.Instant;
import java.util.List;
import org.habeas.custody.DelayAuthorised;
import org.habeas.safeguards.DelayExcuse;
import org.habeas.safeguards.EventPattern;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms;
import org.habeas.safeguards.Waiver;
import org.jspecify.annotations.Nullable;

/**
 * A check on each questioning: a lawyer present, a recording, a legal representative for a
 * juvenile.
 *
 * <p>A failed check is a breach at the moment questioning starts, unless a valid waiver was
 * recorded before it and not revoked since; under mandatory defence (a juvenile, a person who needs
 * an interpreter) no waiver is valid, however it was made. Where the rule says so, questioning that
 * starts during a lawful delay of the right (a lawyer delayed for compelling reasons, with the
 * authority and reasons recorded) is excused as well ({@code WAIVED}, reason {@code delayed}).
 */
final class EveryQuestioning {

  private EveryQuestioning() {}

  static void judge(Rule rule, RuleTerms.EveryQuestioning terms, RecordFacts f, Verdicts out) {
    if (!f.applies(rule)) {
      out.notApplicable(rule);
      return;
    }
    for (Questioning q : f.questionings) {
      Instant at = q.start().at();
      List<Integer> seqs = List.of(q.start().seq());
      if (terms.requires().passes(q.started())) {
        out.add(rule, MET, at, at, at, seqs, null);
        continue;
      }
      Fact delay =
          terms.excusedByDelay() == null ? null : lawfulDelay(terms.excusedByDelay(), f, at);
      if (delay != null) {
        out.add(
            rule,
            WAIVED,
            at,
            at,
            delay.at(),
            List.of(q.start().seq(), delay.seq()),
            Reason.DELAYED);
        continue;
      }
      Waiver waiver = terms.waiver();
      Fact made = waiver == null ? null : lastWaiverBefore(waiver, f, at);
      if (waiver == null || made == null) {
        out.add(rule, BREACHED, at, at, null, seqs, Reason.CHECK_FAILED);
        continue;
      }
      List<Integer> withWaiver = List.of(q.start().seq(), made.seq());
      if (!EventPattern.any(waiver.by(), made.event())) {
        out.add(rule, BREACHED, at, at, null, withWaiver, Reason.WAIVER_INVALID);
      } else if (waiver.notFor().stream().anyMatch(f::holds)) {
        out.add(rule, BREACHED, at, at, null, withWaiver, Reason.WAIVER_NOT_ALLOWED);
      } else {
        out.add(rule, WAIVED, at, at, made.at(), withWaiver, Reason.WAIVED);
      }
    }
  }

  /**
   * The lawful delay of the excuse's right in force at {@code t}: authorised at or before it, not
   * yet ended by an {@code endedBy} event, and {@code t} within {@code upTo} of apprehension; the
   * latest such delay, or null.
   */
  private static @Nullable Fact lawfulDelay(DelayExcuse excuse, RecordFacts f, Instant t) {
    if (t.isAfter(f.apprehension.at().plus(excuse.upTo()))) {
      return null;
    }
    Fact open = null;
    for (Fact x : f.facts) {
      if (x.at().isAfter(t)) {
        break;
      }
      if (x.event() instanceof DelayAuthorised d
          && d.right() == excuse.right()
          && Delays.lawful(d, f)) {
        open = x;
      } else if (open != null && EventPattern.any(excuse.endedBy(), x.event())) {
        open = null;
      }
    }
    return open;
  }

  /**
   * The last waiver of the waiver's event types made at or before {@code t}, valid or not; a later
   * revocation (a lawyer asked for after all) leaves none.
   */
  private static @Nullable Fact lastWaiverBefore(Waiver waiver, RecordFacts f, Instant t) {
    Fact last = null;
    for (Fact x : f.facts) {
      if (x.at().isAfter(t)) {
        break;
      }
      if (waiver.by().stream().anyMatch(p -> p.type().equals(x.event().type()))) {
        last = x;
      } else if (EventPattern.any(waiver.revokedBy(), x.event())) {
        last = null;
      }
    }
    return last;
  }
}
