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
import org.habeas.complaints.Uploads.Upload;
import org.habeas.system.ApiProblem;
import org.habeas.system.ApiProblem.FieldProblem;
import org.habeas.system.PlainText;
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
   * The intake, or a 400 problem naming each field that cannot even be read: a field holding a
   * control character ({@link PlainText}) is named here, so the form comes back with the error
   * beside it and what was typed (the pages that call this are {@code @ChecksOwnText}). The text is
   * taken in Unicode NFC.
   */
  static Intake intake(Map<String, String> raw) {
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
    if (!problems.isEmpty()) {
      throw new ApiProblem(400, "problem.invalid", problems);
    }
    return new Intake(
        role,
        form.get("complainantName"),
        form.get("victimName"),
        pref,
        form.get("contact"),
        form.getOrDefault("narrative", ""),
        form.get("place"),
        form.get("facilityId"),
        date,
        form.get("against"),
        form.get("injuries"),
        "true".equals(form.get("stillHeld")) || "on".equals(form.get("stillHeld")),
        form.get("website"));
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

  /** Each field's error message, in the user's language. */
  static Map<String, String> errors(ApiProblem p, MessageSource messages, Locale locale) {
    var errors = new LinkedHashMap<String, String>();
    for (var f : p.fields()) {
      var field =
          f.field().contains(".") ? f.field().substring(0, f.field().indexOf('.')) : f.field();
      errors.putIfAbsent(field, messages.getMessage(f.code(), f.args(), f.code(), locale));
    }
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
