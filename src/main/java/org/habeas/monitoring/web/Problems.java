package org.habeas.monitoring.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/** Turns an {@link Problem} into messages by field, in the user's language. */
final class Problems {

  private Problems() {}

  static Map<String, String> byField(Problem p, MessageSource messages) {
    var locale = LocaleContextHolder.getLocale();
    var out = new LinkedHashMap<String, String>();
    for (var f : p.fields()) {
      out.merge(
          f.field(),
          messages.getMessage(f.code(), f.args(), f.code(), locale),
          (a, b) -> a + " " + b);
    }
    if (out.isEmpty()) {
      out.put("", messages.getMessage(p.code(), p.args(), p.code(), locale));
    }
    return out;
  }

  /**
   * Refuses a form the binder could not fill in, as a problem by field, so that the page shows it
   * like any other. The forms bind text, so this is for what a changed form may yet send.
   */
  static void check(BindingResult binding) {
    if (binding.hasFieldErrors()) {
      throw Problem.invalid(
          binding.getFieldErrors().stream()
              .map(e -> new FieldProblem(e.getField(), "problem.invalid"))
              .toList());
    }
  }
}
