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
    String profileId, int version, Instant inForceFrom, String uploadedBy, Instant uploadedAt) {}
