package org.habeas.complaints.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.habeas.complaints.Category;
import org.habeas.complaints.ComplaintIntake;
import org.habeas.complaints.ComplaintStatus;
import org.habeas.complaints.Deadlines;
import org.habeas.complaints.Handling;
import org.habeas.complaints.Outcome;
import org.habeas.complaints.Reading;
import org.habeas.safeguards.RecordSafeguards;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.habeas.system.web.ProblemStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A complaint for staff: its page with the timeline and the handling forms, its documents. */
@Controller
class ComplaintPages {

  private static final String REASONS = ComplaintPages.class.getName() + ".reasons";
  private static final String RULE = "kz.ill-treatment-reported-24h";

  private final Reading reading;
  private final Handling handling;
  private final ComplaintIntake intake;
  private final Facilities facilities;
  private final RecordSafeguards safeguards;
  private final MessageSource messages;
  private final Clock clock;

  ComplaintPages(
      Reading reading,
      Handling handling,
      ComplaintIntake intake,
      Facilities facilities,
      RecordSafeguards safeguards,
      MessageSource messages,
      Clock clock) {
    this.clock = clock;
    this.reading = reading;
    this.handling = handling;
    this.intake = intake;
    this.facilities = facilities;
    this.safeguards = safeguards;
    this.messages = messages;
  }

  @GetMapping("/complaints/{id:[0-9a-f-]{36}}")
  String complaint(Actor me, @PathVariable UUID id, HttpSession session, Model model) {
    return page(me, id, session, model, "complaints/complaint");
  }

  @GetMapping("/complaints/{id:[0-9a-f-]{36}}/print")
  String print(Actor me, @PathVariable UUID id, HttpSession session, Model model) {
    model.addAttribute("print", true);
    return page(me, id, session, model, "complaints/complaint");
  }

  private String page(Actor me, UUID id, HttpSession session, Model model, String view) {
    var v = reading.view(me, id, reasons(session).get(id.toString()));
    model.addAttribute("v", v);
    model.addAttribute("c", v.complaint());
    model.addAttribute("categories", Category.values());
    model.addAttribute("outcomes", Outcome.values());
    model.addAttribute(
        "facility",
        v.complaint().facilityId() == null
            ? null
            : facilities.find(v.complaint().facilityId()).orElse(null));
    var record = v.complaint().custodyRecordId();
    if (record != null) {
      try {
        model.addAttribute("obligations", safeguards.evaluate(record, clock.instant()).of(RULE));
      } catch (RuntimeException e) {
        model.addAttribute("obligations", List.of());
      }
    }
    model.addAttribute("rule", RULE);
    model.addAttribute("overdue", v.level() == Deadlines.Level.OVERDUE);
    return view;
  }

  @PostMapping("/complaints/{id:[0-9a-f-]{36}}/reveal")
  String reveal(
      @PathVariable UUID id, @RequestParam(defaultValue = "") String reason, HttpSession session) {
    if (reason.isBlank() || reason.length() > 500) {
      throw Problem.badField("reason", "field.NotBlank");
    }
    reasons(session).put(id.toString(), reason.strip());
    return "redirect:/complaints/" + id;
  }

  @PostMapping("/complaints/{id:[0-9a-f-]{36}}/triage")
  String triage(
      Actor me,
      @PathVariable UUID id,
      @RequestParam Category category,
      @RequestParam(defaultValue = "false") boolean urgent,
      @RequestParam(defaultValue = "") String note) {
    handling.triage(me, id, category, urgent, note);
    return "redirect:/complaints/" + id;
  }

  @PostMapping("/complaints/{id:[0-9a-f-]{36}}/assign")
  String assign(Actor me, @PathVariable UUID id, @RequestParam(defaultValue = "") String assignee) {
    handling.assign(me, id, assignee);
    return "redirect:/complaints/" + id;
  }

  @PostMapping("/complaints/{id:[0-9a-f-]{36}}/status")
  String status(
      Actor me,
      @PathVariable UUID id,
      @RequestParam ComplaintStatus status,
      @RequestParam(required = false) @Nullable Outcome outcome,
      @RequestParam(defaultValue = "") String note) {
    handling.changeStatus(me, id, status, outcome, note);
    return "redirect:/complaints/" + id;
  }

  @PostMapping("/complaints/{id:[0-9a-f-]{36}}/documents")
  String addDocuments(
      Actor me,
      @PathVariable UUID id,
      @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
      HttpSession session,
      HttpServletResponse response,
      Locale locale,
      Model model) {
    try {
      intake.addDocuments(me, id, IntakeForm.uploads(files));
      return "redirect:/complaints/" + id;
    } catch (Problem p) {
      if (p.fields().isEmpty()) {
        throw p;
      }
      response.setStatus(ProblemStatus.of(p));
      model.addAttribute(
          "documentError", IntakeForm.errors(p, messages, locale).get("attachments"));
      return page(me, id, session, model, "complaints/complaint");
    }
  }

  @GetMapping("/complaints/{id:[0-9a-f-]{36}}/documents/{doc:[0-9a-f-]{36}}")
  ResponseEntity<byte[]> document(Actor me, @PathVariable UUID id, @PathVariable UUID doc) {
    var found =
        reading.document(me, id, doc).orElseThrow(() -> Problem.notFound("complaints.notFound"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(found.getKey().mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(found.getKey().filename(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(found.getValue());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> reasons(HttpSession session) {
    var r = session.getAttribute(REASONS);
    if (r instanceof Map<?, ?> m) {
      return (Map<String, String>) m;
    }
    var fresh = new ConcurrentHashMap<String, String>();
    session.setAttribute(REASONS, fresh);
    return fresh;
  }
}
