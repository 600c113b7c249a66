package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The person asked for a lawyer.
 *
 * @param lawyer the lawyer named, or who the request went to (e.g. the bar's duty scheme)
 */
public record LawyerRequested(@NotNull Instant occurredAt, @NotBlank String lawyer)
    implements CustodyEvent {}
