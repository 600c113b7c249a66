package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A lawyer was told of the detention and asked to come. */
public record LawyerNotified(@NotNull Instant occurredAt, @NotBlank String lawyer)
    implements CustodyEvent {}
