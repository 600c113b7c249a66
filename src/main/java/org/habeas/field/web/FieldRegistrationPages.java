package org.habeas.field.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.habeas.custody.Apprehended;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.Person;
import org.habeas.field.FieldRegistrations;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.web.ProblemStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff's pages of field registrations: the list (pending first; a custody officer's those
 * coming to their facility), a registration's page with the capture, the receipt and the gap, and
 * the opening of the custody record from it: a form prefilled with the capture, whose apprehension
 * time is the capture's.
 */
@Controller
class FieldRegistrationPages {

  /** The form's inputs, named by their path in the apprehension. */
  static final List<String> INPUTS =
      List.of(
          "person.name",
          "person.birthDate",
          "person.nationalId",
          "person.citizenship",
          "person.language",
          "grounds",
          "suspectedOffence");

  private final FieldRegistrations registrations;
  private final CustodyRecords records;
  private final Facilities facilities;
  private final MessageSource messages;

  FieldRegistrationPages(
      FieldRegistrations registrations,
      CustodyRecords records,
      Facilities facilities,
      MessageSource messages) {
    this.registrations = registrations;
    this.records = records;
    this.facilities = facilities;
    this.messages = messages;
  }

  /** A registration with what a page shows beside it: its facility's zone and the spans. */
  public record Shown(FieldRegistrations.View view, ZoneId zone) {

    public Duration gap() {
      return Duration.ofSeconds(Math.abs(view.gapSeconds()));
    }

    public boolean clockAhead() {
      return view.gapSeconds() < 0;
    }

    public @Nullable Duration afterApprehension() {
      var s = view.openedAfterApprehensionSeconds();
      return s == null ? null : Duration.ofSeconds(Math.max(0, s));
    }

    public @Nullable Duration afterCapture() {
      var s = view.openedAfterCaptureSeconds();
      return s == null ? null : Duration.ofSeconds(Math.max(0, s));
    }

    public String pseudonym() {
      return FieldRegistrations.pseudonym(view.id());
    }

    public String who() {
      var p = view.capture().person();
      return p.name() != null && !p.name().isBlank()
          ? p.name()
          : p.description() == null ? "—" : p.description();
    }

    public @Nullable String recordPseudonym() {
      return view.recordId() == null ? null : CustodyRecords.pseudonym(view.recordId());
    }
  }

  @GetMapping("/field-registrations")
  String list(Actor me, @RequestParam(defaultValue = "all") String status, Model model) {
    var pending = "pending".equals(status);
    model.addAttribute(
        "registrations",
        registrations.list(me, pending).stream().map(v -> new Shown(v, zone(v))).toList());
    model.addAttribute("pendingOnly", pending);
    return "field/list";
  }

  @GetMapping("/field-registrations/{id}")
  String one(Actor me, @PathVariable String id, Model model) {
    var view = registrations.find(me, uuid(id));
    model.addAttribute("r", new Shown(view, zone(view)));
    return "field/registration";
  }

  @GetMapping("/field-registrations/{id}/open")
  String openForm(Actor me, @PathVariable String id, Model model) {
    var view = registrations.find(me, uuid(id));
    if (!view.mayOpen()) {
      throw view.recordId() != null
          ? Problem.conflict("fieldRegistration.alreadyOpened")
          : Problem.forbidden("problem.forbidden");
    }
    var p = view.capture().person();
    var values = new HashMap<String, String>();
    values.put("person.name", p.name() == null ? "" : p.name());
    values.put("person.birthDate", p.birthDate() == null ? "" : p.birthDate());
    values.put("person.nationalId", p.nationalId() == null ? "" : p.nationalId());
    values.put("grounds", view.capture().grounds());
    return form(model, view, values, Map.of(), null);
  }

  @PostMapping("/field-registrations/{id}/open")
  String open(
      Actor me,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      HttpServletResponse response) {
    var registration = uuid(id);
    var view = registrations.find(me, registration);
    try {
      var recordId = registrations.open(me, registration, apprehended(view, form));
      return "redirect:/custody/" + recordId;
    } catch (Problem p) {
      response.setStatus(ProblemStatus.of(p));
      var values = new HashMap<String, String>();
      INPUTS.forEach(k -> values.put(k, form.getOrDefault(k, "")));
      return form(model, view, values, errors(p), title(p));
    }
  }

  private String form(
      Model model,
      FieldRegistrations.View view,
      Map<String, String> values,
      Map<String, String> errors,
      @Nullable String problem) {
    model.addAttribute("r", new Shown(view, zone(view)));
    model.addAttribute("inputs", INPUTS);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("jurisdiction", jurisdiction(view).code());
    return "field/open";
  }

  /** The apprehension the form says, at the capture's time and the destination facility. */
  private Apprehended apprehended(FieldRegistrations.View view, Map<String, String> form) {
    var problems = new ArrayList<FieldProblem>();
    var texts = new LinkedHashMap<String, @Nullable String>();
    for (var input : INPUTS) {
      var v = form.get(input);
      if (PlainText.refused(v)) {
        problems.add(new FieldProblem(input, PlainText.CODE));
        texts.put(input, null);
      } else {
        texts.put(input, v == null || v.isBlank() ? null : PlainText.normalised(v.strip()));
      }
    }
    var name = texts.get("person.name");
    if (name == null && problems.stream().noneMatch(p -> p.field().equals("person.name"))) {
      problems.add(new FieldProblem("person.name", "field.NotBlank"));
    }
    LocalDate birth = null;
    var birthText = texts.get("person.birthDate");
    if (birthText == null) {
      problems.add(new FieldProblem("person.birthDate", "field.NotNull"));
    } else {
      try {
        birth = LocalDate.parse(birthText);
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("person.birthDate", "field.wrongType"));
      }
    }
    var grounds = texts.get("grounds");
    if (grounds == null && problems.stream().noneMatch(p -> p.field().equals("grounds"))) {
      problems.add(new FieldProblem("grounds", "field.NotBlank"));
    }
    var citizenship = texts.get("person.citizenship");
    if (citizenship != null) {
      citizenship = citizenship.toUpperCase(Locale.ROOT);
    }
    if (!problems.isEmpty() || name == null || birth == null || grounds == null) {
      throw Problem.invalid(problems);
    }
    return new Apprehended(
        view.apprehendedAt(),
        view.toFacilityId(),
        new Person(
            name, birth, texts.get("person.nationalId"), citizenship, texts.get("person.language")),
        grounds,
        texts.get("suspectedOffence"),
        null,
        jurisdiction(view));
  }

  private Jurisdiction jurisdiction(FieldRegistrations.View view) {
    var own = records.facilityProfile(view.toFacilityId());
    if (own != null) {
      return own;
    }
    try {
      return Jurisdiction.of(view.jurisdiction() == null ? "" : view.jurisdiction());
    } catch (IllegalArgumentException e) {
      return Jurisdiction.CPT;
    }
  }

  private Map<String, String> errors(Problem p) {
    var locale = LocaleContextHolder.getLocale();
    var out = new LinkedHashMap<String, String>();
    for (var f : p.fields()) {
      var m = messages.getMessage(f.code(), f.args(), f.code(), locale);
      out.merge(f.field(), m == null ? f.code() : m, (a, b) -> a + " " + b);
    }
    return out;
  }

  private String title(Problem p) {
    var m = messages.getMessage(p.code(), p.args(), p.code(), LocaleContextHolder.getLocale());
    return m == null ? p.code() : m;
  }

  private ZoneId zone(FieldRegistrations.View v) {
    return facilities.find(v.toFacilityId()).map(Facility::zone).orElse(ZoneId.of("UTC"));
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw Problem.notFound("fieldRegistration.notFound");
    }
  }
}
