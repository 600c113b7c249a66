package org.habeas.custody;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Someone checked on the person in the cell (PACE Code C 9.3).
 *
 * @param intoxicated whether the person seemed drunk or intoxicated, which makes visits half-hourly
 * @param cell the cell the person is in, where given (added in issue 15; events without it, and
 *     their JSON, are as they were: it is left out when absent)
 */
public record CellVisited(
    @NotNull Instant occurredAt,
    @NotBlank String by,
    @Nullable Boolean intoxicated,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable @Size(max = 40) String cell)
    implements CustodyEvent {

  /** A visit that does not say which cell. */
  public CellVisited(Instant occurredAt, String by, @Nullable Boolean intoxicated) {
    this(occurredAt, by, intoxicated, null);
  }
}
