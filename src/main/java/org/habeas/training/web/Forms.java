package org.habeas.training.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/** What the training forms share: reading typed values, and errors shown by their field. */
final class Forms {

  private Forms() {}

  /** The message code per field at fault ({@code _} for the form as a whole). */
  static Map<String, String> errors(Problem p) {
    var errors = new LinkedHashMap<String, String>();
    p.fields().forEach(f -> errors.putIfAbsent(f.field(), f.code()));
    if (errors.isEmpty()) {
      errors.put("_", p.code());
    }
    return errors;
  }

  /** Puts the typed values and the errors back on the page. */
  static void keep(Model model, String name, Map<String, String> typed, Problem p) {
    model.addAttribute(name, typed);
    model.addAttribute(name + "Errors", errors(p));
  }

  static LocalDate date(String field, @Nullable String value) {
    try {
      if (value == null || value.isBlank()) {
        throw Problem.badField(field, "field.NotBlank");
      }
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw Problem.badField(field, "field.wrongType");
    }
  }

  static @Nullable LocalDate optionalDate(String field, @Nullable String value) {
    return value == null || value.isBlank() ? null : date(field, value);
  }

  static int integer(String field, @Nullable String value) {
    try {
      return Integer.parseInt(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw Problem.badField(field, "field.wrongType");
    }
  }

  static String text(Map<String, String> form, String field) {
    return form.getOrDefault(field, "").strip();
  }
}
