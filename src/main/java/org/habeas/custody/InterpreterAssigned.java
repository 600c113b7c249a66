package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** An interpreter was assigned to the person. */
public record InterpreterAssigned(@NotNull Instant occurredAt, @NotBlank String language)
    implements CustodyEvent {}
