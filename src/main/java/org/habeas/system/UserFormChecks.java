package org.habeas.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.UserAdministration.UserForm;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The checks of a user form: every problem named at once, in the form's order. */
@Component
class UserFormChecks {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final Users users;
  private final Facilities facilities;
  private final Agencies agencies;

  UserFormChecks(Users users, Facilities facilities, Agencies agencies) {
    this.users = users;
    this.facilities = facilities;
    this.agencies = agencies;
  }

  /** Every problem of the form, in the form's order. */
  List<FieldProblem> of(UserForm f, boolean creating) {
    var problems = new ArrayList<FieldProblem>();
    if (creating) {
      if (f.username().isBlank()) {
        problems.add(new FieldProblem("username", "field.NotBlank"));
      } else if (!USERNAME.matcher(f.username()).matches()) {
        problems.add(new FieldProblem("username", "admin.users.usernamePattern"));
      } else if (users.account(f.username()).isPresent()) {
        problems.add(new FieldProblem("username", "admin.users.taken"));
      }
    }
    text(problems, "displayName", f.displayName(), 200, true);
    var role = role(f.role());
    if (role == null) {
      problems.add(new FieldProblem("role", "field.NotBlank"));
    }
    var needsFacility =
        role == Role.CUSTODY_OFFICER || role == Role.DOCTOR || role == Role.INVESTIGATOR;
    if (!f.facilityId().isBlank() && facilities.find(f.facilityId()).isEmpty()) {
      problems.add(new FieldProblem("facilityId", "admin.users.unknownFacility"));
    } else if (needsFacility && f.facilityId().isBlank()) {
      problems.add(new FieldProblem("facilityId", "admin.users.facilityNeeded"));
    }
    if (!f.regionCode().isBlank() && facilities.region(f.regionCode()).isEmpty()) {
      problems.add(new FieldProblem("regionCode", "admin.users.unknownRegion"));
    } else if (role == Role.PROSECUTOR && f.regionCode().isBlank()) {
      problems.add(new FieldProblem("regionCode", "admin.users.regionNeeded"));
    }
    if (role == Role.FOCAL_POINT && !agencies.codes().isEmpty()) {
      if (f.agency().isBlank()) {
        problems.add(new FieldProblem("agency", "admin.users.agencyNeeded"));
      } else if (!agencies.codes().contains(f.agency())) {
        problems.add(
            new FieldProblem("agency", "field.oneOf", String.join(", ", agencies.codes())));
      }
    }
    if (!Users.LANGUAGES.contains(f.language())) {
      problems.add(new FieldProblem("language", "field.oneOf", String.join(", ", Users.LANGUAGES)));
    }
    var email = f.email().strip();
    if (email.length() > 320) {
      problems.add(new FieldProblem("email", "field.Size"));
    } else if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
      problems.add(new FieldProblem("email", "admin.users.emailPattern"));
    }
    return problems;
  }

  private static void text(
      List<FieldProblem> problems, String field, String value, int max, boolean required) {
    if (required && value.isBlank()) {
      problems.add(new FieldProblem(field, "field.NotBlank"));
    } else if (value.strip().length() > max) {
      problems.add(new FieldProblem(field, "field.Size"));
    } else if (PlainText.refused(value)) {
      problems.add(new FieldProblem(field, PlainText.CODE));
    }
  }

  static @Nullable Role role(String name) {
    for (var r : Role.values()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }
}
