package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * An injury on the person was recorded.
 *
 * <p>It starts the duty to have a doctor examine the person and to tell the prosecutor.
 */
public record InjuryRecorded(
    @NotNull Instant occurredAt, @NotBlank String description, @NotBlank String recordedBy)
    implements CustodyEvent {}
