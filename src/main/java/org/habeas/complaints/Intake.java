package org.habeas.complaints;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a complainant tells: the public form, the public API and staff intake all send this.
 *
 * @param complainantRole who is complaining
 * @param complainantName their name (none for an anonymous complaint)
 * @param victimName the person it happened to, if not the complainant
 * @param contactPreference how to reach the complainant
 * @param contact the phone number or address for that
 * @param narrative what happened
 * @param place where it happened, in the complainant's words
 * @param facilityId the facility, if picked from the list
 * @param incidentDate when it happened
 * @param against whom the complaint is against
 * @param injuries injuries, if any
 * @param stillHeld whether the person is still held (makes the complaint urgent); required, a
 *     missing answer is "is required" like any other (a boxed type, so that Bean Validation names
 *     it rather than the JSON reader calling a missing primitive a wrong type)
 * @param website a field people never see: a robot that fills it is refused
 */
public record Intake(
    @NotNull ComplainantRole complainantRole,
    @Size(max = 200) @Nullable String complainantName,
    @Size(max = 200) @Nullable String victimName,
    @NotNull ContactPreference contactPreference,
    @Size(max = 200) @Nullable String contact,
    @NotBlank @Size(max = 10000) String narrative,
    @Size(max = 500) @Nullable String place,
    @Size(max = 32) @Nullable String facilityId,
    @PastOrPresent @Nullable LocalDate incidentDate,
    @Size(max = 500) @Nullable String against,
    @Size(max = 2000) @Nullable String injuries,
    @NotNull Boolean stillHeld,
    @Nullable String website) {

  /** The victim's name: the named victim, else the complainant when they are the victim. */
  public @Nullable String victim() {
    if (victimName != null && !victimName.isBlank()) {
      return victimName.strip();
    }
    return complainantRole == ComplainantRole.VICTIM ? blankToNull(complainantName) : null;
  }

  static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
