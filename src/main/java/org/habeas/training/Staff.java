package org.habeas.training;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person who works at a facility or in an agency, whether or not they sign in to Habeas.
 *
 * @param personnelNumber the employer's number for them; custody forms should enter it (first,
 *     before the name) where an event names an interrogator, officer or reviewer
 * @param position one of {@link #POSITIONS}
 * @param agency the employing agency, e.g. {@code police}, {@code prosecution}, {@code court}
 * @param team a unit within the facility or agency (a shift, a department), if any
 * @param username their Habeas sign-in, if they have one
 */
public record Staff(
    String id,
    String personnelNumber,
    String fullName,
    @Nullable String email,
    String position,
    String agency,
    @Nullable String facilityId,
    @Nullable String team,
    @Nullable String username,
    String language) {

  public static final List<String> POSITIONS =
      List.of(
          "police-officer",
          "investigator",
          "custody-staff",
          "doctor",
          "prosecutor",
          "judge",
          "lawyer");
}
