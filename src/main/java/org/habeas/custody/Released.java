package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The person was released; this closes the record. */
public record Released(@NotNull Instant occurredAt, @NotBlank String grounds)
    implements CustodyEvent {}
