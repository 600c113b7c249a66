package org.habeas.training.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

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
  static void keep(Model model, String name, Object typed, Problem p) {
    model.addAttribute(name, typed);
    model.addAttribute(name + "Errors", errors(p));
  }

  /** Puts an empty form on the page, unless a refused one is already there to be shown again. */
  static void blank(Model model, String name, Object empty) {
    if (!model.containsAttribute(name)) {
      model.addAttribute(name, empty);
      model.addAttribute(name + "Errors", Map.of());
    }
  }

  /**
   * Stores a bound form, or re-shows its page with what was typed and each field's problem. A value
   * that could not be bound is refused before anything is stored. Being forbidden, or writing to
   * something that is not there, is not the form's to show and goes on.
   *
   * @param save stores the form and returns where to go next
   * @param reshow the form's page, which shows the form kept under {@code name}
   */
  static String saveOrKeep(
      Model model,
      String name,
      Object typed,
      BindingResult binding,
      Supplier<String> save,
      Supplier<String> reshow) {
    try {
      var wrong = binding.getFieldErrors().stream().findFirst();
      if (wrong.isPresent()) {
        throw Problem.badField(wrong.get().getField(), "field.wrongType");
      }
      return save.get();
    } catch (Problem e) {
      if (e.kind() == Problem.Kind.FORBIDDEN || e.kind() == Problem.Kind.NOT_FOUND) {
        throw e;
      }
      keep(model, name, typed, e);
      return reshow.get();
    }
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

  /** A typed value without surrounding spaces; empty when the field was not sent. */
  static String text(@Nullable String value) {
    return value == null ? "" : value.strip();
  }
}
