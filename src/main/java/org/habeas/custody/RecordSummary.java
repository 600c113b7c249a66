package org.habeas.custody;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a list or board of custody records (no personal data in it). */
public record RecordSummary(
    String id,
    String facilityId,
    String regionCode,
    Jurisdiction jurisdiction,
    RecordStatus status,
    Instant apprehendedAt,
    @Nullable Instant closedAt,
    Instant limitAt,
    boolean juvenile,
    boolean foreignNational,
    int lastSeq) {}
