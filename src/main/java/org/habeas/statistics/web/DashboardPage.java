package org.habeas.statistics.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.statistics.StatisticsFilter;
import org.habeas.statistics.readmodel.Dashboards;
import org.habeas.statistics.readmodel.Projector;
import org.habeas.statistics.readmodel.RebuildRequested;
import org.habeas.statistics.view.PanelBuilder;
import org.habeas.system.Actor;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in dashboard of each role, its filter fixed by the role's scope; the rebuild. */
@Controller
class DashboardPage {

  private static final List<String> PROFILES = List.of("kz", "cpt", "ew");

  private final Dashboards dashboards;
  private final PanelBuilder panels;
  private final Projector projector;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final States states;

  DashboardPage(
      Dashboards dashboards,
      PanelBuilder panels,
      Projector projector,
      Clock clock,
      ApplicationEventPublisher events,
      States states) {
    this.dashboards = dashboards;
    this.panels = panels;
    this.projector = projector;
    this.clock = clock;
    this.events = events;
    this.states = states;
  }

  /** The signed-in dashboard of the user's role; everyone else gets the public one. */
  @GetMapping("/statistics")
  String dashboard(
      Actor me,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String facility,
      @RequestParam(required = false) @Nullable String profile,
      @RequestParam(required = false) @Nullable String map,
      @RequestParam(required = false) @Nullable String jurisdiction,
      Locale locale,
      Model model) {
    var scope = Scope.of(me);
    if (scope == Scope.PUBLIC) {
      return "redirect:/statistics/public";
    }
    var errors = new LinkedHashMap<String, String>();
    var now = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    var last = month(to, "to", now, errors, locale);
    var first = month(from, "from", last.minusMonths(11), errors, locale);
    var allFacilities = panels.facilities();
    // The scope fixes what a role may not widen: a prosecutor's region, an officer's facility.
    String regionCode = blank(region);
    String facilityId = blank(facility);
    switch (scope) {
      case REGION -> regionCode = me.regionCode();
      case FACILITY -> {
        facilityId = me.facilityId();
        regionCode = regionOf(allFacilities, facilityId);
      }
      default -> {}
    }
    if (facilityId != null) {
      var f = facilityId;
      var known = allFacilities.stream().filter(x -> x.id().equals(f)).findFirst();
      if (known.isEmpty() || (regionCode != null && !known.get().regionCode().equals(regionCode))) {
        errors.put("facility", panels.msg(locale, "stats.error.facility"));
        facilityId = null;
      }
    }
    // One state at a time: a region or facility names its own; otherwise the one chosen (home).
    String state =
        facilityId != null
            ? states.of(facilityId)
            : regionCode != null ? stateOfRegion(allFacilities, regionCode) : null;
    if (state == null) {
      state = states.chosen(jurisdiction);
    }
    var fixedState = state;
    String profileCode = blank(profile);
    if (profileCode != null && !PROFILES.contains(profileCode)) {
      errors.put("profile", panels.msg(locale, "stats.error.profile"));
      profileCode = null;
    }
    String mapFigure =
        map != null && PanelBuilder.MAP_FIGURES.contains(map)
            ? map
            : PanelBuilder.MAP_FIGURES.getFirst();
    var filter = new StatisticsFilter(first, last, regionCode, facilityId, profileCode, state);
    var figures = dashboards.figures(filter);
    var fixedRegion = regionCode;
    var stateRegions =
        allFacilities.stream()
            .filter(f -> f.jurisdiction().equals(fixedState))
            .map(Facility::regionCode)
            .distinct()
            .toList();
    model.addAttribute("jurisdiction", state);
    model.addAttribute("jurisdictions", scope == Scope.COMMISSION ? states.all() : List.of(state));
    model.addAttribute("scope", scope.name());
    model.addAttribute("from", first.toString());
    model.addAttribute("to", last.toString());
    model.addAttribute("region", regionCode);
    model.addAttribute("facility", facilityId);
    model.addAttribute("profile", profileCode);
    model.addAttribute("map", mapFigure);
    model.addAttribute("mapFigures", PanelBuilder.MAP_FIGURES);
    model.addAttribute("profiles", PROFILES);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "regions",
        panels.regions().stream()
            .filter(r -> scope == Scope.COMMISSION || r.code().equals(fixedRegion))
            .filter(r -> stateRegions.contains(r.code()))
            .toList());
    model.addAttribute(
        "facilities",
        allFacilities.stream()
            .filter(f -> fixedRegion == null || f.regionCode().equals(fixedRegion))
            .filter(f -> f.jurisdiction().equals(fixedState))
            .filter(f -> scope != Scope.FACILITY || f.id().equals(me.facilityId()))
            .toList());
    model.addAttribute("summary", panels.summary(figures, locale));
    model.addAttribute(
        "panels",
        States.withoutForeignMap(
            panels.dashboard(figures, locale, mapFigure, scope != Scope.FACILITY), state));
    model.addAttribute("pending", projector.pending());
    model.addAttribute("reportYear", last.getYear());
    return "statistics/dashboard";
  }

  /** Rebuilds the read model from the custody records (administrators). */
  @PostMapping("/statistics/rebuild")
  String rebuild(Actor me, RedirectAttributes flash) {
    if (!me.is(Role.ADMIN)) {
      throw Problem.forbidden("problem.forbidden");
    }
    events.publishEvent(new RebuildRequested(me.username()));
    flash.addFlashAttribute("rebuilt", true);
    return "redirect:/statistics";
  }

  private YearMonth month(
      @Nullable String text,
      String field,
      YearMonth fallback,
      Map<String, String> errors,
      Locale locale) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, panels.msg(locale, "stats.error.month"));
      return fallback;
    }
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static @Nullable String stateOfRegion(List<Facility> facilities, String region) {
    return facilities.stream()
        .filter(f -> f.regionCode().equals(region))
        .map(Facility::jurisdiction)
        .findFirst()
        .orElse(null);
  }

  private static @Nullable String regionOf(List<Facility> facilities, @Nullable String id) {
    return facilities.stream()
        .filter(f -> f.id().equals(id))
        .map(Facility::regionCode)
        .findFirst()
        .orElse(null);
  }
}
