package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Someone checked on the person in the cell (PACE Code C 9.3).
 *
 * @param intoxicated whether the person seemed drunk or intoxicated, which makes visits half-hourly
 */
public record CellVisited(
    @NotNull Instant occurredAt, @NotBlank String by, @Nullable Boolean intoxicated)
    implements CustodyEvent {}
