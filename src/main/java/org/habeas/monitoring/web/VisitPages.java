package org.habeas.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.habeas.monitoring.Visits;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The visit pages, for monitors (the commission and the national preventive mechanism). */
@Controller
class VisitPages {

  private static final int PAGE = 30;

  /**
   * The form that plans a visit, as typed.
   *
   * @param team usernames separated by commas or spaces
   */
  record PlanForm(
      @Nullable String facilityId,
      @Nullable String date,
      @Nullable String announced,
      @Nullable String made,
      @Nullable String purpose,
      @Nullable String team) {

    Visits.Plan plan() {
      var members =
          List.of((team == null ? "" : team).split("[,\\s]+")).stream()
              .filter(s -> !s.isBlank())
              .toList();
      return new Visits.Plan(
          facilityId,
          VisitPages.date(date),
          "true".equals(announced),
          "true".equals(made),
          purpose,
          members);
    }

    Map<String, String> values() {
      return FormValues.of(
          "facilityId", facilityId,
          "date", date,
          "announced", announced,
          "made", made,
          "purpose", purpose,
          "team", team);
    }
  }

  private final Visits visits;
  private final VisitOverview overview;
  private final Facilities facilities;
  private final MessageSource messages;

  VisitPages(Visits visits, VisitOverview overview, Facilities facilities, MessageSource messages) {
    this.visits = visits;
    this.overview = overview;
    this.facilities = facilities;
    this.messages = messages;
  }

  @GetMapping("/monitoring")
  String start(Actor me) {
    return me.is(Role.MONITOR)
        ? "redirect:/monitoring/visits"
        : "redirect:/monitoring/recommendations";
  }

  @GetMapping("/monitoring/visits")
  String list(
      Actor me,
      @RequestParam(required = false) @Nullable String facility,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    return listPage(me, facility, page, Map.of(), Map.of(), model);
  }

  private String listPage(
      Actor me,
      @Nullable String facility,
      int page,
      Map<String, String> values,
      Map<String, String> errors,
      Model model) {
    var p = Paging.of(page, PAGE);
    model.addAttribute("visits", visits.list(me, facility, p.offset(), PAGE));
    model.addAttribute("total", visits.count(facility));
    model.addAttribute("page", p.page());
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("facility", facility == null ? "" : facility);
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return "monitoring/visits";
  }

  @PostMapping("/monitoring/visits")
  String plan(
      Actor me, PlanForm form, BindingResult binding, Model model, HttpServletResponse response) {
    try {
      Problems.check(binding);
      var id = visits.plan(me, form.plan());
      return "redirect:/monitoring/visits/" + id;
    } catch (Problem e) {
      response.setStatus(400);
      return listPage(me, null, 0, form.values(), Problems.byField(e, messages), model);
    }
  }

  @GetMapping("/monitoring/visits/{id}")
  String visit(Actor me, @PathVariable String id, Model model) {
    return overview.page(me, id, null, Map.of(), Map.of(), model);
  }

  @GetMapping("/monitoring/visits/{id}/print")
  String print(Actor me, @PathVariable String id, Model model) {
    return overview.print(me, id, model);
  }

  /** A date as typed; what does not read as one is left out, and the service says it is needed. */
  static @Nullable LocalDate date(@Nullable String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
