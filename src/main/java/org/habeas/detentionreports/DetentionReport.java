package org.habeas.detentionreports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What a reporter tells: the public form and the public API both send this.
 *
 * @param personName the full name of the person held, as the reporter knows it
 * @param birthDate their date of birth (matched with the name)
 * @param nationalId their national identity number (IIN, 12 digits), if known (matched alone)
 * @param facilityId the facility holding them, if it is in the list
 * @param place otherwise the unit or place in words (required without a facility)
 * @param regionCode otherwise the region (required without a facility)
 * @param since since when they are held, in the local time of the place
 * @param account what the reporter knows
 * @param reporterRelation how the reporter knows of it
 * @param reporterName the reporter's name (optional)
 * @param reporterContact a phone number or address (optional)
 * @param website a field people never see: a robot that fills it is refused
 *     <p>Birth date, since and relation are {@code @Nullable} because a form or a request body can
 *     leave them out; validation ({@code @NotNull}) refuses that before anything is stored.
 */
public record DetentionReport(
    @NotBlank @Size(max = 200) String personName,
    @NotNull @Past @Nullable LocalDate birthDate,
    @Nullable @Pattern(regexp = "\\d{12}") String nationalId,
    @Size(max = 32) @Nullable String facilityId,
    @Size(max = 500) @Nullable String place,
    @Size(max = 32) @Nullable String regionCode,
    @NotNull @Nullable LocalDateTime since,
    @NotBlank @Size(max = 5000) String account,
    @NotNull @Nullable ReporterRelation reporterRelation,
    @Size(max = 200) @Nullable String reporterName,
    @Size(max = 200) @Nullable String reporterContact,
    @Nullable String website) {

  static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
