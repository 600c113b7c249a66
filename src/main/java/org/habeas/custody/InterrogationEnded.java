package org.habeas.custody;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The questioning in progress ended. */
public record InterrogationEnded(@NotNull Instant occurredAt) implements CustodyEvent {}
