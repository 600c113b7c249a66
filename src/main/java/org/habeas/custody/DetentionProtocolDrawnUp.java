package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The detention protocol was drawn up (Kazakh CPC art. 131). */
public record DetentionProtocolDrawnUp(@NotNull Instant occurredAt, @NotBlank String protocolNumber)
    implements CustodyEvent {}
