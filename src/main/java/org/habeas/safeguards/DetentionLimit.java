package org.habeas.safeguards;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The legal limit of detention the custody clock counts down to: the profile's clock deadline for
 * this person, moved out by the lawful extensions on record.
 *
 * @param ruleId the deadline rule it comes from, e.g. {@code ew.limit-24h}
 * @param startsAt when the clock started (apprehension; for PACE the relevant time)
 * @param until when the limit runs out
 * @param base the limit before any extension, e.g. 24 h
 * @param extendedBy the seqs of the lawful extensions that moved it, in order
 */
public record DetentionLimit(
    String ruleId, Instant startsAt, Instant until, Duration base, List<Integer> extendedBy) {

  /** The whole time allowed, from {@code startsAt} to {@code until}. */
  public Duration limit() {
    return Duration.between(startsAt, until);
  }

  /** Whether a lawful extension moved the limit. */
  public boolean extended() {
    return !extendedBy.isEmpty();
  }
}
