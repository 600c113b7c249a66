package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The person was moved to another facility.
 *
 * <p>After a remand order this is the hand-over to a remand prison, and it closes the record.
 */
public record Transferred(@NotNull Instant occurredAt, @NotBlank String toFacilityId)
    implements CustodyEvent {}
