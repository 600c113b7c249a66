package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The person was brought before a court. */
public record BroughtBeforeCourt(@NotNull Instant occurredAt, @NotBlank String court)
    implements CustodyEvent {}
