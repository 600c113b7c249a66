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
  private @Nullable Rule judging;
  private @Nullable Fact stop;

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

  /**
   * Starts judging a rule that ends at {@code stop} (its {@code until} event), or that nothing has
   * ended yet (null). Until the next call, each obligation of the rule neither due nor met by the
   * stop is no longer owed: {@code NOT_APPLICABLE}, {@link Reason#STOPPED}, resting also on the
   * stop event; one met within its limit stays {@code MET}.
   */
  void judging(@Nullable Rule rule, @Nullable Fact stop) {
    this.judging = rule;
    this.stop = stop;
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
    Fact end = rule == judging ? stop : null;
    if (end != null
        && status != ObligationStatus.NOT_APPLICABLE
        && status != ObligationStatus.WAIVED
        && status != ObligationStatus.MET
        && (dueAt == null || dueAt.isAfter(end.at()))
        && (metAt == null || metAt.isAfter(end.at()))) {
      List<Integer> with = new ArrayList<>(seqs);
      if (!with.contains(end.seq())) {
        with.add(end.seq());
      }
      add(
          rule.id(),
          rule.basis(),
          rule.confidence(),
          ObligationStatus.NOT_APPLICABLE,
          startedAt,
          dueAt,
          metAt,
          with,
          Reason.STOPPED);
      return;
    }
    add(rule.id(), rule.basis(), rule.confidence(), status, startedAt, dueAt, metAt, seqs, reason);
  }

  /** Adds an obligation of the rule as judged, whether or not the rule has ended since. */
  void addJudgement(
      Rule rule,
      ObligationStatus status,
      @Nullable Instant startedAt,
      @Nullable Instant metAt,
      List<Integer> seqs,
      @Nullable Reason reason) {
    add(rule.id(), rule.basis(), rule.confidence(), status, startedAt, null, metAt, seqs, reason);
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
