package org.habeas.detentionreports.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.detentionreports.DetentionReport;
import org.habeas.detentionreports.ReporterRelation;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The public form's fields as typed, read into a {@link DetentionReport}, and errors by field. */
final class ReportForm {

  /** The fields in the order the form shows them. */
  static final List<String> FIELDS =
      List.of(
          "personName",
          "birthDate",
          "nationalId",
          "facilityId",
          "place",
          "regionCode",
          "since",
          "account",
          "reporterRelation",
          "reporterName",
          "reporterContact",
          "website");

  private ReportForm() {}

  /** The fields as typed (the form is filled with them again after an error). */
  static Map<String, String> typed(Map<String, String> form) {
    var kept = new LinkedHashMap<String, String>();
    for (var f : FIELDS) {
      kept.put(f, form.getOrDefault(f, ""));
    }
    return kept;
  }

  /** The report read as far as it can be, and a problem for each field that could not be read. */
  record Read(DetentionReport report, List<FieldProblem> problems) {}

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
    LocalDate birth = null;
    var b = form.getOrDefault("birthDate", "").strip();
    if (!b.isEmpty()) {
      try {
        birth = LocalDate.parse(b);
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("birthDate", "field.wrongType"));
      }
    }
    LocalDateTime since = null;
    var s = form.getOrDefault("since", "").strip();
    if (!s.isEmpty()) {
      try {
        since = LocalDateTime.parse(s);
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("since", "field.wrongType"));
      }
    }
    ReporterRelation relation = null;
    var r = form.getOrDefault("reporterRelation", "").strip();
    if (!r.isEmpty()) {
      try {
        relation = ReporterRelation.valueOf(r);
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("reporterRelation", "field.wrongType"));
      }
    }
    var report =
        newReport(
            form.getOrDefault("personName", ""),
            birth,
            blank(form.get("nationalId")),
            blank(form.get("facilityId")),
            blank(form.get("place")),
            blank(form.get("regionCode")),
            since,
            form.getOrDefault("account", ""),
            relation,
            blank(form.get("reporterName")),
            blank(form.get("reporterContact")),
            form.get("website"));
    return new Read(report, problems);
  }

  /** A report with the fields left out as they are: Bean Validation then names them as required. */
  private static DetentionReport newReport(
      String personName,
      @Nullable LocalDate birthDate,
      @Nullable String nationalId,
      @Nullable String facilityId,
      @Nullable String place,
      @Nullable String regionCode,
      @Nullable LocalDateTime since,
      String account,
      @Nullable ReporterRelation relation,
      @Nullable String reporterName,
      @Nullable String reporterContact,
      @Nullable String website) {
    return new DetentionReport(
        personName,
        birthDate,
        nationalId,
        facilityId,
        place,
        regionCode,
        since,
        account,
        relation,
        reporterName,
        reporterContact,
        website);
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Each field's error message in the user's language, in the form's order. */
  static Map<String, String> errors(Problem p, MessageSource messages, Locale locale) {
    var byField = new LinkedHashMap<String, String>();
    for (var f : p.fields()) {
      var field =
          f.field().contains(".") ? f.field().substring(0, f.field().indexOf('.')) : f.field();
      byField.putIfAbsent(field, messages.getMessage(f.code(), f.args(), f.code(), locale));
    }
    var errors = new LinkedHashMap<String, String>();
    for (var f : FIELDS) {
      if (byField.containsKey(f)) {
        errors.put(f, byField.remove(f));
      }
    }
    errors.putAll(byField);
    return errors;
  }
}
