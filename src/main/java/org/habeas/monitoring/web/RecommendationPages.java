package org.habeas.monitoring.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.habeas.monitoring.RecommendationForm;
import org.habeas.monitoring.RecommendationImport;
import org.habeas.monitoring.RecommendationStatus;
import org.habeas.monitoring.Recommendations;
import org.habeas.monitoring.Visits;
import org.habeas.monitoring.Vocabulary;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recommendations for the commission (issue, import, move status, review progress, verify), for
 * each agency's focal points (report progress) and for administrators (read).
 */
@Controller
class RecommendationPages {

  private static final int PAGE = 30;

  private final Recommendations recommendations;
  private final Visits visits;
  private final Facilities facilities;
  private final MessageSource messages;
  private final JsonMapper json;
  private final org.habeas.system.Users users;

  private final java.time.Clock clock;

  RecommendationPages(
      Recommendations recommendations,
      Visits visits,
      Facilities facilities,
      MessageSource messages,
      JsonMapper json,
      org.habeas.system.Users users,
      java.time.Clock clock) {
    this.clock = clock;
    this.users = users;
    this.recommendations = recommendations;
    this.visits = visits;
    this.facilities = facilities;
    this.messages = messages;
    this.json = json;
  }

  static Recommendations.Filter filter(Map<String, String> p) {
    Integer year = null;
    try {
      var y = p.getOrDefault("year", "").strip();
      year = y.isEmpty() ? null : Integer.valueOf(y);
    } catch (NumberFormatException e) {
      year = null;
    }
    RecommendationStatus status = null;
    try {
      var s = p.getOrDefault("status", "").strip();
      status = s.isEmpty() ? null : RecommendationStatus.valueOf(s);
    } catch (IllegalArgumentException e) {
      status = null;
    }
    return new Recommendations.Filter(
        blank(p.get("source")),
        blank(p.get("agency")),
        blank(p.get("theme")),
        blank(p.get("facility")),
        year,
        status,
        "true".equals(p.get("overdue")),
        blank(p.get("q")));
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static void vocabulary(Model model, Facilities facilities) {
    model.addAttribute("sources", Vocabulary.SOURCES);
    model.addAttribute("agencies", Vocabulary.AGENCIES);
    model.addAttribute("themes", Vocabulary.THEMES);
    model.addAttribute("groups", Vocabulary.GROUPS);
    model.addAttribute("statuses", RecommendationStatus.values());
    model.addAttribute("facilities", facilities.all());
  }

  @GetMapping("/monitoring/recommendations")
  String list(
      Actor me,
      @RequestParam Map<String, String> params,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (!Recommendations.mayRead(me)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
    var f = filter(params);
    var p = Paging.of(page, PAGE);
    model.addAttribute("recommendations", recommendations.list(me, f, p.offset(), PAGE));
    model.addAttribute("total", recommendations.count(me, f));
    model.addAttribute("page", p.page());
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("f", f);
    model.addAttribute("previous", staffQuery(f, p.page() - 1));
    model.addAttribute("next", staffQuery(f, p.page() + 1));
    model.addAttribute("years", recommendations.years());
    model.addAttribute("mayIssue", me.is(Role.MONITOR));
    model.addAttribute(
        "agency",
        me.is(Role.FOCAL_POINT) ? recommendations.agencyOf(me.username()).orElse("") : "");
    model.addAttribute("today", java.time.LocalDate.now(clock));
    var focalPoints = new java.util.LinkedHashMap<String, String>();
    if (me.is(Role.ADMIN)) {
      for (var u : users.all()) {
        if (u.is(Role.FOCAL_POINT)) {
          focalPoints.put(u.username(), recommendations.agencyOf(u.username()).orElse(""));
        }
      }
    }
    model.addAttribute("focalPoints", focalPoints);
    vocabulary(model, facilities);
    return "monitoring/recommendations";
  }

  /** The staff list's URL for the filter at a page, so that paging keeps every filter. */
  static String staffQuery(Recommendations.Filter f, int page) {
    var b =
        org.springframework.web.util.UriComponentsBuilder.fromPath("/monitoring/recommendations")
            .queryParam("page", page);
    java.util.function.BiConsumer<String, @Nullable Object> add =
        (name, value) -> {
          if (value != null && !value.toString().isBlank()) {
            b.queryParam(name, value);
          }
        };
    add.accept("source", f.source());
    add.accept("agency", f.agency());
    add.accept("theme", f.theme());
    add.accept("facility", f.facilityId());
    add.accept("year", f.year());
    add.accept("status", f.status() == null ? null : f.status().name());
    add.accept("overdue", f.overdue() ? "true" : null);
    add.accept("q", f.q());
    return b.encode().build().toUriString();
  }

  /** Administrators say which agency a focal point reports for. */
  @PostMapping("/monitoring/focal-points")
  String focalPoint(Actor me, @RequestParam String username, @RequestParam String agency) {
    if (users.find(username).filter(u -> u.is(Role.FOCAL_POINT)).isEmpty()) {
      throw Problem.notFound("monitoring.unknownFocalPoint");
    }
    recommendations.setAgency(me, username, agency);
    return "redirect:/monitoring/recommendations#focal-points";
  }

  @GetMapping("/monitoring/recommendations/new")
  String newForm(
      Actor me, @RequestParam(required = false) @Nullable String findingId, Model model) {
    if (!me.is(Role.MONITOR)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
    var values = new java.util.HashMap<String, String>();
    values.put("issuedOn", java.time.LocalDate.now(clock).toString());
    if (findingId != null) {
      visits
          .finding(findingId)
          .ifPresent(
              f -> {
                values.put("findingId", f.id());
                values.put("facilityId", f.facilityId());
                values.put("source", "visit");
              });
    }
    return form(values, Map.of(), model);
  }

  private String form(Map<String, String> values, Map<String, String> errors, Model model) {
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    vocabulary(model, facilities);
    return "monitoring/recommendation-new";
  }

  @PostMapping("/monitoring/recommendations")
  @org.habeas.system.ChecksOwnText // RecommendationForm.problems names a control character
  String issue(
      Actor me,
      @RequestParam Map<String, String> p,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      var id = recommendations.issue(me, formOf(p));
      return "redirect:/monitoring/recommendations/" + id;
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      return form(p, Problems.byField(e, messages), model);
    }
  }

  static RecommendationForm formOf(Map<String, String> p) {
    return new RecommendationForm(
        p.get("source"),
        p.get("sourceDocument"),
        p.get("paragraph"),
        p.get("textEn"),
        p.get("textRu"),
        p.get("textKk"),
        p.get("agency"),
        p.get("deadline"),
        p.get("theme"),
        p.get("affectedGroup"),
        p.get("sdgTargets"),
        p.get("facilityId"),
        p.get("findingId"),
        p.get("issuedOn"));
  }

  @GetMapping("/monitoring/recommendations/{id}")
  String show(Actor me, @PathVariable String id, Model model) {
    return page(me, id, "", Map.of(), Map.of(), model);
  }

  private String page(
      Actor me,
      String id,
      String form,
      Map<String, String> values,
      Map<String, String> errors,
      Model model) {
    var r = recommendations.get(me, id);
    model.addAttribute("r", r);
    model.addAttribute(
        "finding", r.findingId() == null ? null : visits.finding(r.findingId()).orElse(null));
    model.addAttribute("history", recommendations.history(id));
    model.addAttribute("progress", recommendations.progress(id));
    model.addAttribute("verifications", recommendations.verifications(id));
    model.addAttribute(
        "facilityName",
        r.facilityId() == null
            ? ""
            : facilities.find(r.facilityId()).map(f -> f.name()).orElse(r.facilityId()));
    model.addAttribute("isMonitor", me.is(Role.MONITOR));
    model.addAttribute("isFocalPoint", me.is(Role.FOCAL_POINT));
    model.addAttribute("next", r.status().next());
    model.addAttribute("statuses", RecommendationStatus.values());
    model.addAttribute(
        "followUps",
        me.is(Role.MONITOR) && r.facilityId() != null
            ? visits.list(me, r.facilityId(), 0, 20)
            : List.of());
    model.addAttribute("form", form);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("maxMb", visits.evidenceMaxBytes() / 1024 / 1024);
    return "monitoring/recommendation";
  }

  @PostMapping("/monitoring/recommendations/{id}/status")
  String status(
      Actor me,
      @PathVariable String id,
      @RequestParam Map<String, String> p,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      recommendations.changeStatus(me, id, status(p.get("status")), p.get("note"));
      return "redirect:/monitoring/recommendations/" + id;
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      return page(me, id, "status", p, Problems.byField(e, messages), model);
    }
  }

  @PostMapping("/monitoring/recommendations/{id}/progress")
  String progress(
      Actor me,
      @PathVariable String id,
      @RequestParam Map<String, String> p,
      @RequestParam(name = "evidence", required = false) @Nullable List<MultipartFile> files,
      Model model,
      jakarta.servlet.http.HttpServletResponse response)
      throws IOException {
    var uploads = FormUploads.of(files);
    try {
      recommendations.report(
          me,
          id,
          p.get("actionsPlanned"),
          p.get("actionsTaken"),
          status(p.get("proposedStatus")),
          uploads);
      return "redirect:/monitoring/recommendations/" + id + "#progress";
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      return page(me, id, "progress", p, Problems.byField(e, messages), model);
    }
  }

  @PostMapping("/monitoring/recommendations/{id}/progress/{progressId}/review")
  String review(
      Actor me,
      @PathVariable String id,
      @PathVariable String progressId,
      @RequestParam Map<String, String> p,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      recommendations.review(me, progressId, "true".equals(p.get("accepted")), p.get("note"));
      return "redirect:/monitoring/recommendations/" + id + "#progress";
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      return page(me, id, "review-" + progressId, p, Problems.byField(e, messages), model);
    }
  }

  @PostMapping("/monitoring/recommendations/{id}/verify")
  String verify(
      Actor me,
      @PathVariable String id,
      @RequestParam Map<String, String> p,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      recommendations.verify(me, id, p.get("visitId"), status(p.get("verdict")), p.get("note"));
      return "redirect:/monitoring/recommendations/" + id + "#verification";
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      return page(me, id, "verify", p, Problems.byField(e, messages), model);
    }
  }

  private static @Nullable RecommendationStatus status(@Nullable String s) {
    try {
      return s == null || s.isBlank() ? null : RecommendationStatus.valueOf(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // --- import ------------------------------------------------------------------------------

  @GetMapping("/monitoring/recommendations/import")
  String importForm(Actor me, Model model) {
    if (!me.is(Role.MONITOR)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
    model.addAttribute("columns", RecommendationForm.COLUMNS);
    return "monitoring/import";
  }

  /** Reads the file and shows the preview: every row with what is wrong with it. */
  @PostMapping("/monitoring/recommendations/import/preview")
  String preview(
      Actor me,
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      @RequestParam(name = "content", required = false) @Nullable String pasted,
      Model model)
      throws IOException {
    if (!me.is(Role.MONITOR)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
    String text =
        file != null && !file.isEmpty()
            ? new String(file.getBytes(), StandardCharsets.UTF_8)
            : (pasted == null ? "" : pasted);
    model.addAttribute("columns", RecommendationForm.COLUMNS);
    model.addAttribute("content", text);
    model.addAttribute("preview", read(text));
    return "monitoring/import";
  }

  private RecommendationImport.Preview read(String text) {
    var facilityIds = recommendations.facilityIds();
    var t = text.stripLeading();
    var preview =
        t.startsWith("[") || t.startsWith("{")
            ? RecommendationImport.json(text, json, facilityIds)
            : RecommendationImport.csv(text, facilityIds);
    // The findings named must exist as well.
    var rows =
        preview.rows().stream()
            .map(
                r ->
                    new RecommendationImport.Row(
                        r.number(), r.form(), recommendations.problems(r.form())))
            .toList();
    return new RecommendationImport.Preview(rows, preview.fileProblem());
  }

  /** Imports the previewed content, all rows or none. */
  @PostMapping("/monitoring/recommendations/import")
  String doImport(Actor me, @RequestParam(defaultValue = "") String content, Model model) {
    if (!me.is(Role.MONITOR)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
    var preview = read(content);
    model.addAttribute("columns", RecommendationForm.COLUMNS);
    model.addAttribute("content", content);
    model.addAttribute("preview", preview);
    if (!preview.ok()) {
      return "monitoring/import";
    }
    var ids =
        recommendations.importAll(
            me, preview.rows().stream().map(RecommendationImport.Row::form).toList());
    model.addAttribute("imported", ids.size());
    model.addAttribute("preview", null);
    model.addAttribute("content", "");
    return "monitoring/import";
  }
}
