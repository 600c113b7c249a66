package org.habeas.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A complaint's intake facts as stored; never changed after the lodging. */
public record StoredComplaint(
    UUID id,
    String reference,
    Source source,
    ComplainantRole complainantRole,
    @Nullable String complainantName,
    @Nullable String victimName,
    ContactPreference contactPreference,
    @Nullable String contact,
    String narrative,
    @Nullable String place,
    @Nullable String facilityId,
    @Nullable LocalDate incidentDate,
    @Nullable String against,
    @Nullable String injuries,
    boolean stillHeld,
    @Nullable String custodyRecordId,
    @Nullable Integer custodySeq,
    Instant lodgedAt,
    String lodgedBy,
    String language) {

  /** The same facts with the personal data replaced (a monitor who gave no reason). */
  StoredComplaint pseudonymised(String pseudonym) {
    return new StoredComplaint(
        id,
        reference,
        source,
        complainantRole,
        complainantName == null ? null : pseudonym,
        victimName == null ? null : pseudonym,
        contactPreference,
        contact == null ? null : "—",
        narrative,
        place,
        facilityId,
        incidentDate,
        against,
        injuries,
        stillHeld,
        custodyRecordId,
        custodySeq,
        lodgedAt,
        lodgedBy,
        language);
  }
}
