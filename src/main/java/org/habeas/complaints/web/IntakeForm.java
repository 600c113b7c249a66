package org.habeas.complaints.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.complaints.ComplainantRole;
import org.habeas.complaints.ContactPreference;
import org.habeas.complaints.Intake;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.multipart.MultipartFile;

/** The intake form's fields as typed, turned into an {@link Intake}, and errors by field. */
final class IntakeForm {

  static final List<String> FIELDS =
      List.of(
          "complainantRole",
          "complainantName",
          "victimName",
          "contactPreference",
          "contact",
          "narrative",
          "place",
          "facilityId",
          "incidentDate",
          "against",
          "injuries",
          "stillHeld",
          "website");

  /** The fields in the order the form shows them. */
  static final List<String> ORDER =
      List.of(
          "complainantRole",
          "complainantName",
          "victimName",
          "narrative",
          "facilityId",
          "place",
          "incidentDate",
          "against",
          "injuries",
          "stillHeld",
          "contactPreference",
          "contact",
          "attachments");

  private IntakeForm() {}

  /** The fields as typed (kept to fill the form again after an error). */
  static Map<String, String> typed(Map<String, String> form) {
    var kept = new LinkedHashMap<String, String>();
    for (var f : FIELDS) {
      kept.put(f, form.getOrDefault(f, ""));
    }
    return kept;
  }

  /**
   * The form read as far as it can be: the intake, with stand-ins where a field could not be read,
   * and a problem for each such field.
   *
   * @param intake what was typed; a stand-in (the first choice, no date, not held) where a field is
   *     in {@code problems}
   * @param problems the fields that could not even be read, each with its message code
   */
  record Read(Intake intake, List<FieldProblem> problems) {}

  /**
   * The intake, or a 400 problem naming each field that cannot even be read (staff intake; the
   * public form reports these together with every other problem, {@link #read}).
   */
  static Intake intake(Map<String, String> raw) {
    var read = read(raw);
    if (!read.problems().isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", read.problems());
    }
    return read.intake();
  }

  /**
   * Reads the form. A field holding a control character ({@link PlainText}) is named, so the form
   * comes back with the error beside it and what was typed (the pages that call this are {@code
   * ChecksOwnText}); so is a missing or unknown choice and a date that is not one. The text is
   * taken in Unicode NFC.
   */
  static Read read(Map<String, String> raw) {
    var problems = new ArrayList<FieldProblem>();
    var form = new LinkedHashMap<String, String>();
    for (var f : FIELDS) {
      var v = raw.get(f);
      if (PlainText.refused(v)) {
        problems.add(new FieldProblem(f, PlainText.CODE));
      } else if (v != null) {
        form.put(f, PlainText.normalised(v));
      }
    }
    var role =
        enumOf(ComplainantRole.class, form.get("complainantRole"), "complainantRole", problems);
    var pref =
        enumOf(
            ContactPreference.class, form.get("contactPreference"), "contactPreference", problems);
    LocalDate date = null;
    var d = form.getOrDefault("incidentDate", "").strip();
    if (!d.isEmpty()) {
      try {
        date = LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("incidentDate", "field.wrongType"));
      }
    }
    var intake =
        new Intake(
            role == null ? ComplainantRole.ANONYMOUS : role,
            form.get("complainantName"),
            form.get("victimName"),
            pref == null ? ContactPreference.NONE : pref,
            form.get("contact"),
            form.getOrDefault("narrative", ""),
            form.get("place"),
            form.get("facilityId"),
            date,
            form.get("against"),
            form.get("injuries"),
            stillHeld(form.get("stillHeld"), problems),
            form.get("website"));
    return new Read(intake, problems);
  }

  /** Yes or no, asked of everyone (a checkbox left alone could not tell "no" from "skipped"). */
  private static boolean stillHeld(@Nullable String value, List<FieldProblem> problems) {
    var v = value == null ? "" : value.strip();
    return switch (v) {
      case "true", "on" -> true;
      case "false" -> false;
      case "" -> {
        problems.add(new FieldProblem("stillHeld", "field.NotNull"));
        yield false;
      }
      default -> {
        problems.add(new FieldProblem("stillHeld", "field.wrongType"));
        yield false;
      }
    };
  }

  static List<Upload> uploads(@Nullable List<MultipartFile> files) {
    var out = new ArrayList<Upload>();
    if (files == null) {
      return out;
    }
    for (var f : files) {
      if (f.isEmpty()) {
        continue;
      }
      try {
        out.add(
            new Upload(
                f.getOriginalFilename() == null ? "document" : f.getOriginalFilename(),
                f.getBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * Each field's error message, in the user's language, in the order the fields stand on the form
   * (the summary at its top lists them so).
   */
  static Map<String, String> errors(Problem p, MessageSource messages, Locale locale) {
    var byField = new LinkedHashMap<String, String>();
    for (var f : p.fields()) {
      var field =
          f.field().contains(".") ? f.field().substring(0, f.field().indexOf('.')) : f.field();
      byField.putIfAbsent(field, messages.getMessage(f.code(), f.args(), f.code(), locale));
    }
    var errors = new LinkedHashMap<String, String>();
    for (var f : ORDER) {
      if (byField.containsKey(f)) {
        errors.put(f, byField.remove(f));
      }
    }
    errors.putAll(byField);
    return errors;
  }

  private static <E extends Enum<E>> @Nullable E enumOf(
      Class<E> type, @Nullable String value, String field, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "field.NotNull"));
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "field.wrongType"));
      return null;
    }
  }
}
