package org.habeas.detentionreports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.habeas.detentionreports.DetentionLookup.Enquirer;
import org.habeas.detentionreports.DetentionLookup.Enquiry;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;

/** The lookup's question and enquirer, read from what was typed: every problem named at once. */
final class LookupChecks {

  static final int NAME_MAX = 200;
  static final Pattern NATIONAL_ID = Pattern.compile("[0-9A-Za-z -]{1,32}");
  static final Pattern PHONE = Pattern.compile("[0-9+() -]{3,40}");
  static final Pattern BAR_NUMBER = Pattern.compile("[0-9A-Za-z/. -]{1,40}");

  private LookupChecks() {}

  static Enquiry read(
      @Nullable String name, @Nullable String birthDate, @Nullable String nationalId) {
    var problems = new ArrayList<FieldProblem>();
    var n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      problems.add(new FieldProblem("name", "lookup.required"));
    } else if (n.length() > NAME_MAX) {
      problems.add(new FieldProblem("name", "lookup.tooLong", NAME_MAX));
    }
    LocalDate born = null;
    var b = birthDate == null ? "" : birthDate.strip();
    if (b.isEmpty()) {
      problems.add(new FieldProblem("birthDate", "lookup.required"));
    } else {
      try {
        born = b.length() == 10 ? LocalDate.parse(b) : null;
      } catch (DateTimeParseException e) {
        born = null;
      }
      if (born == null || born.isBefore(DetentionReports.EARLIEST)) {
        problems.add(new FieldProblem("birthDate", "lookup.badDate"));
        born = null;
      }
    }
    var iin = nationalId == null || nationalId.isBlank() ? null : nationalId.strip();
    if (iin != null && !NATIONAL_ID.matcher(iin).matches()) {
      problems.add(new FieldProblem("nationalId", "lookup.badNationalId"));
    }
    if (!problems.isEmpty() || born == null) {
      throw Problem.invalid(problems);
    }
    return new Enquiry(n, born, iin);
  }

  static Enquirer enquirer(@Nullable Actor actor, @Nullable String barNumber) {
    var bar = barNumber == null || barNumber.isBlank() ? null : barNumber.strip();
    if (actor == null || !actor.is(Role.LAWYER)) {
      if (bar != null) {
        throw Problem.badField("barNumber", "lookup.barNumberLawyersOnly");
      }
      return new Enquirer(actor == null ? null : actor.username(), null);
    }
    if (bar == null) {
      throw Problem.badField("barNumber", "lookup.barNumberRequired");
    }
    if (!BAR_NUMBER.matcher(bar).matches()) {
      throw Problem.badField("barNumber", "lookup.badBarNumber");
    }
    return new Enquirer(actor.username(), bar);
  }
}
