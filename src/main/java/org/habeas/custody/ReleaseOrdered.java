package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A court ordered the person released. */
public record ReleaseOrdered(@NotNull Instant occurredAt, @NotBlank String court)
    implements CustodyEvent {}
