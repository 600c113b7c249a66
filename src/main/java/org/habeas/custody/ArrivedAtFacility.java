package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The person arrived at a facility.
 *
 * <p>The first arrival at a police station starts PACE's "relevant time" and the Kazakh 3-hour
 * limit for the detention protocol.
 */
public record ArrivedAtFacility(@NotNull Instant occurredAt, @NotBlank String facilityId)
    implements CustodyEvent {}
