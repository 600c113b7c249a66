package org.habeas.complaints;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the complaints list: nothing personal. */
public record ComplaintSummary(
    UUID id,
    String reference,
    Source source,
    ComplaintStatus status,
    @Nullable Category category,
    boolean urgent,
    boolean stillHeld,
    @Nullable String assignee,
    @Nullable String facilityId,
    Instant lodgedAt,
    @Nullable Instant dueAt,
    Deadlines.Level level) {}
