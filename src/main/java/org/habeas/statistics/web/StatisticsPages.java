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
import org.habeas.statistics.opendata.OpenData;
import org.habeas.statistics.opendata.Suppression;
import org.habeas.statistics.readmodel.Dashboards;
import org.habeas.statistics.readmodel.Projector;
import org.habeas.statistics.readmodel.RebuildRequested;
import org.habeas.statistics.report.ReportJobs;
import org.habeas.statistics.view.Panel;
import org.habeas.statistics.view.PanelBuilder;
import org.habeas.system.Actor;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dashboards, the public statistics and open-data pages, the annual report. */
@Controller
class StatisticsPages {

  private static final List<String> PROFILES = List.of("kz", "cpt", "ew");

  private final Dashboards dashboards;
  private final PanelBuilder panels;
  private final OpenData openData;
  private final Projector projector;
  private final ReportJobs jobs;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final States states;

  StatisticsPages(
      Dashboards dashboards,
      PanelBuilder panels,
      OpenData openData,
      Projector projector,
      ReportJobs jobs,
      Clock clock,
      ApplicationEventPublisher events,
      States states) {
    this.states = states;
    this.dashboards = dashboards;
    this.panels = panels;
    this.openData = openData;
    this.projector = projector;
    this.jobs = jobs;
    this.clock = clock;
    this.events = events;
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
        withoutForeignMap(
            panels.dashboard(figures, locale, mapFigure, scope != Scope.FACILITY), state));
    model.addAttribute("pending", projector.pending());
    model.addAttribute("reportYear", last.getYear());
    return "statistics/dashboard";
  }

  /** The public dashboard: no sign-in, the open data's figures of one state. */
  @GetMapping("/statistics/public")
  String publicDashboard(
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String jurisdiction,
      Locale locale,
      Model model) {
    int y = year(year);
    var state = states.chosen(jurisdiction);
    model.addAttribute("year", y);
    model.addAttribute("jurisdiction", state);
    model.addAttribute("jurisdictions", states.all());
    model.addAttribute(
        "panels", withoutForeignMap(panels.publicDashboard(openData.all(y, state), locale), state));
    return "statistics/public";
  }

  /** The open-data page: the data sets of one state, their downloads, and the method. */
  @GetMapping("/open-data")
  String openData(
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String jurisdiction,
      Model model) {
    int y = year(year);
    model.addAttribute("year", y);
    model.addAttribute("jurisdiction", states.chosen(jurisdiction));
    model.addAttribute("jurisdictions", states.all());
    model.addAttribute("datasets", OpenData.NAMES);
    model.addAttribute("version", OpenData.VERSION);
    model.addAttribute("threshold", Suppression.THRESHOLD);
    return "statistics/open-data";
  }

  /** Starts the annual report in the chosen language; the page then shows its progress. */
  @PostMapping("/statistics/report")
  String startReport(
      Actor me,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String language,
      Locale locale) {
    requireCommission(me);
    var lang =
        language != null && Users.LANGUAGES.contains(language) ? language : locale.getLanguage();
    var job = jobs.start(me.username(), year(year), lang);
    return "redirect:/statistics/report/" + job.id();
  }

  /** The report's progress: the whole page, or only the progress box when htmx polls it. */
  @GetMapping("/statistics/report/{id}")
  String report(
      Actor me,
      @PathVariable String id,
      @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    requireCommission(me);
    var job = jobs.find(me.username(), id).orElseThrow(() -> Problem.notFound("stats.jobNotFound"));
    model.addAttribute("job", job);
    return htmx != null ? "statistics/report-job :: progress" : "statistics/report-job";
  }

  @GetMapping("/statistics/report/{id}/pdf")
  ResponseEntity<byte[]> download(Actor me, @PathVariable String id) {
    requireCommission(me);
    var job = jobs.find(me.username(), id).orElseThrow(() -> Problem.notFound("stats.jobNotFound"));
    var pdf = job.pdf();
    if (pdf == null) {
      throw new Problem(Problem.Kind.CONFLICT, "stats.reportNotReady", List.of());
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(job.fileName()).build().toString())
        .body(pdf);
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

  private static void requireCommission(Actor me) {
    if (!Scope.of(me).commission()) {
      throw Problem.forbidden("problem.forbidden");
    }
  }

  private int year(@Nullable Integer year) {
    int now = clock.instant().atZone(ZoneOffset.UTC).getYear();
    return year == null || year < 2000 || year > now ? now : year;
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

  /** The region map draws Kazakhstan's regions: another state's figures have no place on it. */
  private static List<Panel> withoutForeignMap(List<Panel> all, String state) {
    return state.equals("kz") ? all : all.stream().filter(p -> !p.id().equals("map")).toList();
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
