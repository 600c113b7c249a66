package org.habeas.safeguards;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one rule demands of a record at one point, and where that stands at the instant judged.
 *
 * <p>A rule may owe several: one per questioning, per interval between cell visits, per day.
 *
 * @param ruleId the rule's id, or {@code record.late-entry} / {@code record.open-too-long}
 * @param status where it stands
 * @param startedAt when its clock started, if it has one
 * @param dueAt when it falls due, if known: unmet at that instant it is breached; met by then it is
 *     on time
 * @param metAt when it was met (or, for a waiver or a judged authorisation, recorded)
 * @param seqs the events it rests on, by their seq in the record
 * @param basis the law it rests on
 * @param confidence how sure we are of the rule
 * @param reason why it stands so, where the status alone does not say
 */
public record Obligation(
    String ruleId,
    ObligationStatus status,
    @Nullable Instant startedAt,
    @Nullable Instant dueAt,
    @Nullable Instant metAt,
    List<Integer> seqs,
    String basis,
    Confidence confidence,
    @Nullable Reason reason) {

  /** Whether the rule is only a lead: the UI must show it as unconfirmed. */
  public boolean unconfirmed() {
    return confidence == Confidence.L;
  }
}
