package org.habeas.training.web;

import static org.habeas.training.web.Forms.text;

import org.habeas.system.Users;
import org.habeas.training.Staff;
import org.jspecify.annotations.Nullable;

/**
 * A new member of staff as posted, bound field by field and kept as typed, so that a refused form
 * comes back the way it was filled in.
 */
record StaffForm(
    @Nullable String personnelNumber,
    @Nullable String fullName,
    @Nullable String email,
    @Nullable String position,
    @Nullable String agency,
    @Nullable String facilityId,
    @Nullable String team,
    @Nullable String username,
    @Nullable String language) {

  static final StaffForm EMPTY =
      new StaffForm(null, null, null, null, null, null, null, null, null);

  /**
   * The person to add: the police when no agency is typed, no facility when none is chosen, and
   * Russian when the language is not one Habeas speaks.
   */
  Staff staff() {
    var facility = text(facilityId);
    var lang = text(language);
    return new Staff(
        "",
        text(personnelNumber),
        text(fullName),
        text(email),
        text(position),
        text(agency).isEmpty() ? "police" : text(agency),
        facility.isEmpty() ? null : facility,
        text(team),
        text(username),
        Users.LANGUAGES.contains(lang) ? lang : "ru");
  }
}
