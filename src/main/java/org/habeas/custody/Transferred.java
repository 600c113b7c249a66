package org.habeas.custody;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The person was moved to another facility.
 *
 * <p>After a remand order this is the hand-over to a remand prison, and it closes the record.
 *
 * @param position where the hand-over took place, where the officer gives it: latitude and
 *     longitude in decimal degrees (WGS 84, at most 6 decimals), e.g. {@code 51.128221,71.430411}.
 *     Mexico's detention registry geolocates the route of a transfer (issue 19): a position on the
 *     record is a fact a later account of the journey can be held against. Added in issue 19;
 *     events without it, and their JSON and ledger bytes, are as they were (left out when absent)
 */
public record Transferred(
    @NotNull Instant occurredAt,
    @NotBlank String toFacilityId,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable @Pattern(regexp = POSITION)
        String position)
    implements CustodyEvent {

  /** Latitude (-90..90) and longitude (-180..180), comma separated, at most 6 decimals each. */
  public static final String POSITION =
      "-?(?:90(?:\\.0{1,6})?|[0-8]?\\d(?:\\.\\d{1,6})?)"
          + " ?, ?"
          + "-?(?:180(?:\\.0{1,6})?|(?:1[0-7]\\d|[0-9]?\\d)(?:\\.\\d{1,6})?)";

  /** A transfer that does not say where the hand-over took place. */
  public Transferred(Instant occurredAt, String toFacilityId) {
    this(occurredAt, toFacilityId, null);
  }
}
