package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A court ordered the person remanded in custody.
 *
 * <p>The record closes when the person is then transferred to the remand prison.
 */
public record RemandOrdered(@NotNull Instant occurredAt, @NotBlank String court)
    implements CustodyEvent {}
