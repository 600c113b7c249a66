package org.habeas.safeguards.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.habeas.safeguards.Confidence;
import org.habeas.safeguards.Obligation;
import org.habeas.safeguards.ObligationStatus;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.Rule;
import org.jspecify.annotations.Nullable;

/**
 * Collects the obligations of one evaluation, and the earliest instant after it at which one of
 * them would change by time passing alone.
 */
final class Verdicts {

  private final Instant at;
  private final List<Obligation> obligations = new ArrayList<>();
  private @Nullable Instant next;

  Verdicts(Instant at) {
    this.at = at;
  }

  /** The obligations so far, in the order added. */
  List<Obligation> obligations() {
    return List.copyOf(obligations);
  }

  /** The earliest instant after the one judged at which some status would change, if any. */
  @Nullable Instant next() {
    return next;
  }

  /** Adds an obligation of the rule; a pending one changes when it falls due. */
  void add(
      Rule rule,
      ObligationStatus status,
      @Nullable Instant startedAt,
      @Nullable Instant dueAt,
      @Nullable Instant metAt,
      List<Integer> seqs,
      @Nullable Reason reason) {
    add(
        new Obligation(
            rule.id(),
            status,
            startedAt,
            dueAt,
            metAt,
            List.copyOf(seqs),
            rule.basis(),
            rule.confidence(),
            reason));
  }

  /** Adds an obligation of an engine-wide signal. */
  void add(
      String ruleId,
      String basis,
      Confidence confidence,
      ObligationStatus status,
      @Nullable Instant startedAt,
      @Nullable Instant dueAt,
      @Nullable Instant metAt,
      List<Integer> seqs,
      @Nullable Reason reason) {
    add(
        new Obligation(
            ruleId, status, startedAt, dueAt, metAt, List.copyOf(seqs), basis, confidence, reason));
  }

  private void add(Obligation o) {
    obligations.add(o);
    if (o.status() == ObligationStatus.PENDING) {
      changesAt(o.dueAt());
    }
  }

  /** The rule's one obligation when it does not apply to this person or case. */
  void notApplicable(Rule rule) {
    add(
        rule,
        ObligationStatus.NOT_APPLICABLE,
        null,
        null,
        null,
        List.of(),
        Reason.CONDITION_NOT_MET);
  }

  /** Notes an instant at which some status changes without a new event. */
  void changesAt(@Nullable Instant t) {
    if (t != null && t.isAfter(at) && (next == null || t.isBefore(next))) {
      next = t;
    }
  }
}
