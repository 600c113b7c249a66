package org.habeas.monitoring.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.habeas.monitoring.Cameras;
import org.habeas.monitoring.Checklist;
import org.habeas.monitoring.Recommendations;
import org.habeas.monitoring.Visit;
import org.habeas.monitoring.Visits;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;

/** The visit pages, for monitors (the commission and the national preventive mechanism). */
@Controller
class VisitPages {

  private static final int PAGE = 30;

  private final Visits visits;
  private final Cameras cameras;
  private final Recommendations recommendations;
  private final Facilities facilities;
  private final MessageSource messages;

  private final java.time.Clock clock;

  VisitPages(
      Visits visits,
      Cameras cameras,
      Recommendations recommendations,
      Facilities facilities,
      MessageSource messages,
      java.time.Clock clock) {
    this.clock = clock;
    this.visits = visits;
    this.cameras = cameras;
    this.recommendations = recommendations;
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
      Actor me,
      @RequestParam Map<String, String> form,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    var team =
        List.of(form.getOrDefault("team", "").split("[,\\s]+")).stream()
            .filter(s -> !s.isBlank())
            .toList();
    try {
      var id =
          visits.plan(
              me,
              new Visits.Plan(
                  form.get("facilityId"),
                  date(form.get("date")),
                  "true".equals(form.get("announced")),
                  "true".equals(form.get("made")),
                  form.get("purpose"),
                  team));
      return "redirect:/monitoring/visits/" + id;
    } catch (Problem e) {
      response.setStatus(400);
      return listPage(me, null, 0, form, Problems.byField(e, messages), model);
    }
  }

  @GetMapping("/monitoring/visits/{id}")
  String visit(Actor me, @PathVariable String id, Model model) {
    return overview(me, id, null, Map.of(), Map.of(), model);
  }

  private String overview(
      Actor me,
      String id,
      @Nullable String form,
      Map<String, String> values,
      Map<String, String> errors,
      Model model) {
    var visit = visits.get(me, id);
    var answers = visits.answers(id);
    model.addAttribute("visit", visit);
    model.addAttribute("sections", Checklist.SECTIONS);
    model.addAttribute("answers", answers);
    model.addAttribute("answered", answers.size());
    var counts = new java.util.LinkedHashMap<String, Long>();
    for (var s : Checklist.SECTIONS) {
      counts.put(s.id(), s.items().stream().filter(answers::containsKey).count());
    }
    model.addAttribute("sectionCounts", counts);
    model.addAttribute("items", Checklist.itemCount());
    model.addAttribute("sampled", visits.sampled(me, id));
    model.addAttribute("cameras", cameras.of(visit.facilityId()));
    var zone =
        facilities.find(visit.facilityId()).map(f -> f.zone()).orElse(java.time.ZoneOffset.UTC);
    model.addAttribute(
        "uncovered",
        cameras
            .uncoveredQuestionings(
                me,
                visit.facilityId(),
                visit.date().minusDays(30).atStartOfDay(zone).toInstant(),
                visit.date().plusDays(1).atStartOfDay(zone).toInstant())
            .size());
    model.addAttribute("rooms", org.habeas.monitoring.Camera.ROOMS);
    model.addAttribute("cameraStatuses", org.habeas.monitoring.Camera.STATUSES);
    model.addAttribute("findings", visits.findings(id));
    model.addAttribute("severities", org.habeas.monitoring.Vocabulary.SEVERITIES);
    model.addAttribute("inTeam", visit.inTeam(me.username()));
    model.addAttribute(
        "interviews", visit.inTeam(me.username()) ? visits.interviews(me, id) : List.of());
    model.addAttribute("complaintsAvailable", visits.complaintsAvailable());
    model.addAttribute("recommendations", recommendations.ofVisit(id));
    model.addAttribute("maxMb", visits.evidenceMaxBytes() / 1024 / 1024);
    model.addAttribute("form", form == null ? "" : form);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("today", LocalDate.now(clock));
    return "monitoring/visit";
  }

  @PostMapping("/monitoring/visits/{id}/sample")
  String sample(
      Actor me,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      int n;
      try {
        n = Integer.parseInt(form.getOrDefault("n", "").strip());
      } catch (NumberFormatException e) {
        throw Problem.badField("n", "field.Range", 1, 50);
      }
      Long seed = null;
      var s = form.getOrDefault("seed", "").strip();
      if (!s.isEmpty()) {
        try {
          seed = Long.parseLong(s);
        } catch (NumberFormatException e) {
          throw Problem.badField("seed", "monitoring.badSeed");
        }
      }
      visits.sample(me, id, n, date(form.get("from")), date(form.get("to")), seed);
      return "redirect:/monitoring/visits/" + id + "#sample";
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      return overview(me, id, "sample", form, Problems.byField(e, messages), model);
    }
  }

  // --- checklist -----------------------------------------------------------------------------

  @GetMapping("/monitoring/visits/{id}/checklist")
  String checklist(@PathVariable String id) {
    return "redirect:/monitoring/visits/" + id + "/checklist/" + Checklist.SECTIONS.getFirst().id();
  }

  @GetMapping("/monitoring/visits/{id}/checklist/{section}")
  String section(Actor me, @PathVariable String id, @PathVariable String section, Model model) {
    var visit = visits.get(me, id);
    var s =
        Checklist.section(section)
            .orElseThrow(() -> Problem.notFound("monitoring.sectionNotFound"));
    int index = Checklist.SECTIONS.indexOf(s);
    model.addAttribute("visit", visit);
    model.addAttribute("section", s);
    model.addAttribute("index", index);
    model.addAttribute("sections", Checklist.SECTIONS);
    model.addAttribute("previous", index > 0 ? Checklist.SECTIONS.get(index - 1).id() : null);
    model.addAttribute(
        "next",
        index < Checklist.SECTIONS.size() - 1 ? Checklist.SECTIONS.get(index + 1).id() : null);
    model.addAttribute("answers", visits.answers(id));
    model.addAttribute("choices", Checklist.Answer.values());
    return "monitoring/checklist";
  }

  /** Saves every answered item of a section, then goes on to the next section. */
  @PostMapping("/monitoring/visits/{id}/checklist/{section}")
  String saveSection(
      Actor me,
      @PathVariable String id,
      @PathVariable String section,
      @RequestParam Map<String, String> form) {
    var s =
        Checklist.section(section)
            .orElseThrow(() -> Problem.notFound("monitoring.sectionNotFound"));
    var current = visits.answers(id);
    for (var item : s.items()) {
      var answer = form.get("answer." + item);
      var note = form.getOrDefault("note." + item, "");
      if (answer == null || answer.isBlank()) {
        continue;
      }
      var before = current.get(item);
      var noteNow = note.isBlank() ? null : note.strip();
      if (before != null
          && before.answer().name().equals(answer)
          && java.util.Objects.equals(before.note(), noteNow)) {
        continue; // unchanged
      }
      visits.answer(me, id, item, answer, note);
    }
    int index = Checklist.SECTIONS.indexOf(s);
    if ("previous".equals(form.get("go")) && index > 0) {
      return "redirect:/monitoring/visits/"
          + id
          + "/checklist/"
          + Checklist.SECTIONS.get(index - 1).id();
    }
    if (index < Checklist.SECTIONS.size() - 1) {
      return "redirect:/monitoring/visits/"
          + id
          + "/checklist/"
          + Checklist.SECTIONS.get(index + 1).id();
    }
    return "redirect:/monitoring/visits/" + id + "#checklist";
  }

  /** Saves one answer; with htmx only a "saved" mark comes back, without it the section again. */
  @PostMapping("/monitoring/visits/{id}/answer/{item}")
  String answer(
      Actor me,
      @PathVariable String id,
      @PathVariable String item,
      @RequestParam Map<String, String> form,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    var answer = form.getOrDefault("answer." + item, form.get("answer"));
    var note = form.getOrDefault("note." + item, form.get("note"));
    try {
      visits.answer(me, id, item, answer, note);
      model.addAttribute("ok", true);
    } catch (Problem e) {
      if (htmx == null) {
        throw e;
      }
      model.addAttribute("ok", false);
    }
    if (htmx != null) {
      return "monitoring/checklist :: saved";
    }
    var section =
        Checklist.SECTIONS.stream()
            .filter(s -> s.items().contains(item))
            .findFirst()
            .map(Checklist.Section::id)
            .orElse("register");
    return "redirect:/monitoring/visits/" + id + "/checklist/" + section;
  }

  // --- findings ------------------------------------------------------------------------------

  @PostMapping("/monitoring/visits/{id}/findings")
  String finding(
      Actor me,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      @RequestParam(name = "evidence", required = false) @Nullable List<MultipartFile> files,
      Model model,
      jakarta.servlet.http.HttpServletResponse response)
      throws IOException {
    var uploads = FormUploads.of(files);
    try {
      visits.addFinding(
          me,
          id,
          new Visits.FindingForm(
              form.get("text"), form.get("severity"), form.get("recordId"), form.get("cameraId")),
          uploads);
      return "redirect:/monitoring/visits/" + id + "#findings";
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      return overview(me, id, "finding", form, Problems.byField(e, messages), model);
    }
  }

  @GetMapping("/monitoring/evidence/{evidenceId}")
  ResponseEntity<byte[]> evidence(Actor me, @PathVariable String evidenceId) {
    var file = visits.evidence(me, evidenceId, recommendations);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file.fileName() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
        .body(file.content());
  }

  // --- cameras -------------------------------------------------------------------------------

  @PostMapping("/monitoring/visits/{id}/cameras")
  String addCamera(
      Actor me,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    var visit = visits.get(me, id);
    try {
      cameras.add(
          me,
          visit.facilityId(),
          form.get("roomKind"),
          form.get("label"),
          form.get("status"),
          retention(form.get("retentionDays")),
          id);
      return "redirect:/monitoring/visits/" + id + "#cameras";
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      return overview(me, id, "camera", form, Problems.byField(e, messages), model);
    }
  }

  @PostMapping("/monitoring/visits/{id}/cameras/{cameraId}")
  String checkCamera(
      Actor me,
      @PathVariable String id,
      @PathVariable String cameraId,
      @RequestParam Map<String, String> form,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    visits.get(me, id);
    try {
      cameras.check(
          me,
          cameraId,
          form.get("status"),
          retention(form.get("retentionDays")),
          form.get("note"),
          id);
      return "redirect:/monitoring/visits/" + id + "#cameras";
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      return overview(me, id, "check-" + cameraId, form, Problems.byField(e, messages), model);
    }
  }

  private static @Nullable Integer retention(@Nullable String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw Problem.badField("retentionDays", "field.Range", 0, 3650);
    }
  }

  // --- interviews ----------------------------------------------------------------------------

  @PostMapping("/monitoring/visits/{id}/interviews")
  String interview(
      Actor me,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      visits.interview(me, id, form.get("notes"));
      return "redirect:/monitoring/visits/" + id + "#interviews";
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      return overview(me, id, "interview", form, Problems.byField(e, messages), model);
    }
  }

  @PostMapping("/monitoring/visits/{id}/interviews/{interviewId}/complaint")
  String complaint(
      Actor me,
      @PathVariable String id,
      @PathVariable String interviewId,
      @RequestParam Map<String, String> form,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      visits.raiseComplaint(me, id, interviewId, form.get("allegation"), form.get("recordId"));
      return "redirect:/monitoring/visits/" + id + "#interviews";
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      return overview(
          me, id, "complaint-" + interviewId, form, Problems.byField(e, messages), model);
    }
  }

  // --- print ---------------------------------------------------------------------------------

  @GetMapping("/monitoring/visits/{id}/print")
  String print(Actor me, @PathVariable String id, Model model) {
    Visit visit = visits.get(me, id);
    model.addAttribute("visit", visit);
    model.addAttribute("sections", Checklist.SECTIONS);
    model.addAttribute("answers", visits.answers(id));
    model.addAttribute("sampled", visits.sampled(me, id));
    model.addAttribute("cameras", cameras.of(visit.facilityId()));
    model.addAttribute("findings", visits.findings(id));
    model.addAttribute("recommendations", recommendations.ofVisit(id));
    return "monitoring/print";
  }

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
