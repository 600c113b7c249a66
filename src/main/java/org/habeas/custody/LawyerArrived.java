package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A lawyer arrived and can see the person. */
public record LawyerArrived(@NotNull Instant occurredAt, @NotBlank String lawyer)
    implements CustodyEvent {}
