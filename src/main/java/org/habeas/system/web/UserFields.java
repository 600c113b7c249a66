package org.habeas.system.web;

import java.util.Objects;
import org.habeas.system.UserAdministration.UserForm;
import org.jspecify.annotations.Nullable;

/**
 * The user form as posted, bound field by field; what is missing is empty. The username of a change
 * is the page's, not the form's.
 *
 * @param supervisor the checkbox: {@code on} (or {@code true}) when ticked
 */
record UserFields(
    @Nullable String username,
    @Nullable String displayName,
    @Nullable String role,
    @Nullable String facilityId,
    @Nullable String regionCode,
    @Nullable String agency,
    @Nullable String language,
    @Nullable String email,
    @Nullable String supervisor) {

  /** The form of a new user: the username as typed, without surrounding spaces. */
  UserForm created() {
    return form(text(username).strip());
  }

  /** The form of the user the page is about. */
  UserForm form(String username) {
    return new UserForm(
        username,
        text(displayName),
        text(role),
        text(facilityId),
        text(regionCode),
        text(agency),
        text(language),
        text(email),
        "true".equals(supervisor) || "on".equals(supervisor));
  }

  static String text(@Nullable String value) {
    return Objects.requireNonNullElse(value, "");
  }
}
