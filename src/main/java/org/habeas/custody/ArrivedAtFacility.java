package org.habeas.custody;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The person arrived at a facility.
 *
 * <p>The first arrival at a police station starts PACE's "relevant time" and the Kazakh 3-hour
 * limit for the detention protocol.
 *
 * @param cell the cell the person was placed in, where given (added in issue 15; events without it,
 *     and their JSON, are as they were: it is left out when absent)
 */
public record ArrivedAtFacility(
    @NotNull Instant occurredAt,
    @NotBlank String facilityId,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable @Size(max = 40) String cell)
    implements CustodyEvent {

  /** An arrival that does not say which cell. */
  public ArrivedAtFacility(Instant occurredAt, String facilityId) {
    this(occurredAt, facilityId, null);
  }
}
