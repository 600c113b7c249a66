package org.habeas.safeguards;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A record judged against a profile at one instant.
 *
 * @param at the instant judged; events that occurred after it did not count
 * @param obligations every obligation, in the profile's rule order, then {@code record.*} signals
 * @param nextDueAt the earliest instant after {@code at} at which some obligation's status would
 *     change if nothing more were recorded; the scheduler keeps it indexed
 * @param detentionLimit the legal limit for the custody clock, if the profile has one for this
 *     person
 */
public record Evaluation(
    Instant at,
    List<Obligation> obligations,
    @Nullable Instant nextDueAt,
    @Nullable DetentionLimit detentionLimit) {

  /** {@link #nextDueAt}, if any. */
  public Optional<Instant> nextDue() {
    return Optional.ofNullable(nextDueAt);
  }

  /** {@link #detentionLimit}, if any. */
  public Optional<DetentionLimit> limit() {
    return Optional.ofNullable(detentionLimit);
  }

  /** The obligations of one rule, in order. */
  public List<Obligation> of(String ruleId) {
    return obligations.stream().filter(o -> o.ruleId().equals(ruleId)).toList();
  }
}
