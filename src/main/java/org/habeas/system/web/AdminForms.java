package org.habeas.system.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the administrator's forms share: each field's problems in the reader's language, the names
 * of facilities and regions, the zones in use.
 */
@Component
class AdminForms {

  private final Facilities facilities;
  private final MessageSource messages;

  AdminForms(Facilities facilities, MessageSource messages) {
    this.facilities = facilities;
    this.messages = messages;
  }

  /**
   * Each field's problems, in the reader's language: a value that could not be bound to its field
   * first, then those the service found.
   */
  Map<String, List<String>> errors(BindingResult binding, Problem p, Locale locale) {
    var errors = bindingErrors(binding, locale);
    for (var f : p.fields()) {
      errors
          .computeIfAbsent(f.field(), k -> new ArrayList<>())
          .add(messages.getMessage(f.code(), f.args(), f.code(), locale));
    }
    return errors;
  }

  /**
   * Saves, or re-shows the form with each field's problems when the service refuses what was typed
   * (status 400). Any other problem is not the form's to show and goes on.
   *
   * @param save stores the form and returns where to go next
   * @param reshow the form's page, filled with what was typed, given the errors by field
   */
  String saveOrReshow(
      Supplier<String> save,
      BindingResult binding,
      Locale locale,
      HttpServletResponse response,
      Function<Map<String, List<String>>, String> reshow) {
    try {
      return save.get();
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID) {
        throw p;
      }
      response.setStatus(400);
      return reshow.apply(errors(binding, p, locale));
    }
  }

  /** The values that could not be bound to their fields, in the reader's language. */
  Map<String, List<String>> bindingErrors(BindingResult binding, Locale locale) {
    var errors = new LinkedHashMap<String, List<String>>();
    for (var f : binding.getFieldErrors()) {
      errors
          .computeIfAbsent(f.getField(), k -> new ArrayList<>())
          .add(messages.getMessage("field.wrongType", null, "field.wrongType", locale));
    }
    return errors;
  }

  /** Facility and region names by id, in the reader's language. */
  void names(Model model) {
    var f = new HashMap<String, String>();
    facilities.all().forEach(x -> f.put(x.id(), x.name()));
    var r = new HashMap<String, String>();
    facilities.regions().forEach(x -> r.put(x.code(), x.name()));
    model.addAttribute("facilityNames", f);
    model.addAttribute("regionNames", r);
  }

  /** The zones already in use, offered first (any other tz id may be typed). */
  List<String> zones() {
    return facilities.all().stream().map(f -> f.zone().getId()).distinct().sorted().toList();
  }
}
