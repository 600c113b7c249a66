package org.habeas.training.web;

import static org.habeas.training.web.Forms.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;

/**
 * A person added to a run as posted, found by personnel number: enrolled, or (with the date they
 * completed it) marked complete with their attendance and score. Kept as typed for when it is
 * refused.
 */
record PersonForm(
    @Nullable String personnelNumber,
    @Nullable String completedOn,
    @Nullable String attendancePercent,
    @Nullable String score) {

  static final PersonForm EMPTY = new PersonForm(null, null, null, null);

  String number() {
    return text(personnelNumber);
  }

  /** When they completed the run, or null when they are only enrolled. */
  @Nullable LocalDate completed() {
    return Forms.optionalDate("completedOn", completedOn);
  }

  /** The score, with a decimal comma read as a point; null when none is typed. */
  @Nullable BigDecimal scored() {
    var s = text(score);
    try {
      return s.isEmpty() ? null : new BigDecimal(s.replace(',', '.'));
    } catch (NumberFormatException e) {
      throw Problem.badField("score", "field.wrongType");
    }
  }

  /** The share of the run they attended, in percent; null when none is typed. */
  @Nullable Integer attendance() {
    var a = text(attendancePercent);
    return a.isEmpty() ? null : Forms.integer("attendancePercent", a);
  }
}
