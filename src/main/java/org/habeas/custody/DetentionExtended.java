package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Detention before a court was extended.
 *
 * @param until the new latest moment the person may be held before a court; must be after
 *     occurredAt
 */
public record DetentionExtended(
    @NotNull Instant occurredAt,
    @NotNull Instant until,
    @NotBlank String authorisedBy,
    @NotBlank String rank,
    @NotBlank String grounds)
    implements CustodyEvent {}
