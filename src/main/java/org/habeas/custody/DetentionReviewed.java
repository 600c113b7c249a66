package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A senior officer reviewed whether detention is still needed (PACE s.40). */
public record DetentionReviewed(
    @NotNull Instant occurredAt,
    @NotBlank String reviewer,
    @NotBlank String rank,
    @NotBlank String outcome)
    implements CustodyEvent {}
