package org.habeas.safeguards;

import java.time.Instant;

/**
 * One stored version of a profile, as the list of versions shows it.
 *
 * @param profileId the jurisdiction's code, e.g. {@code kz}
 * @param version counts up from 1, the shipped document
 * @param inForceFrom records apprehended from this instant on are judged under this version, until
 *     the next one
 * @param uploadedBy who stored it; {@code system} for the shipped first version
 * @param uploadedAt when it was stored
 */
public record ProfileVersion(
    String profileId, int version, Instant inForceFrom, String uploadedBy, Instant uploadedAt) {

  /**
   * The instant stored as {@code inForceFrom} of a version in force for any record however old (the
   * shipped first versions): a mark, not a date, so pages say "from the start" for it.
   */
  public static final Instant BEGINNING = Instant.EPOCH;

  /** Whether the version is in force for every record apprehended before the next one. */
  public boolean fromTheStart() {
    return !inForceFrom.isAfter(BEGINNING);
  }
}
