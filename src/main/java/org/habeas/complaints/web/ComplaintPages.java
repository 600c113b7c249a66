package org.habeas.complaints.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.habeas.complaints.Category;
import org.habeas.complaints.ComplainantRole;
import org.habeas.complaints.ComplaintFilter;
import org.habeas.complaints.ComplaintStatus;
import org.habeas.complaints.Complaints;
import org.habeas.complaints.ContactPreference;
import org.habeas.complaints.Deadlines;
import org.habeas.complaints.Outcome;
import org.habeas.safeguards.RecordSafeguards;
import org.habeas.system.Actor;
import org.habeas.system.ChecksOwnText;
import org.habeas.system.Facilities;
import org.habeas.system.Paging;
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

/** The staff pages: the list, a complaint with its timeline and handling forms, staff intake. */
@Controller
class ComplaintPages {

  private static final String REASONS = ComplaintPages.class.getName() + ".reasons";
  private static final String RULE = "kz.ill-treatment-reported-24h";
  private static final int PAGE = 25;

  private final Complaints complaints;
  private final Facilities facilities;
  private final RecordSafeguards safeguards;
  private final MessageSource messages;

  private final java.time.Clock clock;

  ComplaintPages(
      Complaints complaints,
      Facilities facilities,
      RecordSafeguards safeguards,
      MessageSource messages,
      java.time.Clock clock) {
    this.clock = clock;
    this.complaints = complaints;
    this.facilities = facilities;
    this.safeguards = safeguards;
    this.messages = messages;
  }

  @GetMapping("/complaints")
  String list(
      Actor me,
      @RequestParam(required = false) @Nullable ComplaintStatus status,
      @RequestParam(required = false) @Nullable Category category,
      @RequestParam(required = false) @Nullable Boolean urgent,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "") String due,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(required = false) @Nullable String facility,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (!Complaints.listsComplaints(me)) {
      throw Problem.forbidden("complaints.forbidden");
    }
    // "due" is the form's one choice; "overdue=true" is kept for the links that already use it
    var filter =
        new ComplaintFilter(
            status,
            category,
            urgent,
            overdue || due.equals("overdue"),
            assignee == null || assignee.isBlank() ? null : assignee,
            q == null || q.isBlank() ? null : q,
            facility,
            region,
            due.equals("soon"),
            mine);
    int p = Paging.of(page, PAGE).page();
    long total = complaints.count(me, filter);
    model.addAttribute("items", complaints.list(me, filter, p, PAGE));
    model.addAttribute("total", total);
    model.addAttribute("page", p);
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("filter", filter);
    model.addAttribute("due", filter.overdue() ? "overdue" : filter.dueSoon() ? "soon" : "");
    model.addAttribute("statuses", ComplaintStatus.values());
    model.addAttribute("categories", Category.values());
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("regions", facilities.regions());
    model.addAttribute("facilityNames", facilityNames());
    // A person still held is answered within hours: the hour is shown in the facility's zone.
    var zones = new HashMap<String, java.time.ZoneId>();
    facilities.all().forEach(f -> zones.put(f.id(), f.zone()));
    model.addAttribute("facilityZones", zones);
    model.addAttribute("dueCount", complaints.dueCount(me));
    model.addAttribute("awaitingRaise", complaints.awaitingRaise(me));
    model.addAttribute("rights", Complaints.listRights(me));
    var query = query(filter);
    model.addAttribute("previous", "/complaints?page=" + (p - 1) + query);
    model.addAttribute("next", "/complaints?page=" + (p + 1) + query);
    return "complaints/list";
  }

  private Map<String, String> facilityNames() {
    var names = new HashMap<String, String>();
    facilities.all().forEach(f -> names.put(f.id(), f.name()));
    return names;
  }

  /** The filter as the URL's query (after the page), so that paging keeps it. */
  static String query(ComplaintFilter f) {
    var sb = new StringBuilder();
    if (f.status() != null) {
      sb.append("&status=").append(f.status());
    }
    if (f.category() != null) {
      sb.append("&category=").append(f.category());
    }
    if (f.urgent() != null) {
      sb.append("&urgent=").append(f.urgent());
    }
    if (f.overdue()) {
      sb.append("&due=overdue");
    } else if (f.dueSoon()) {
      sb.append("&due=soon");
    }
    if (f.assignee() != null) {
      sb.append("&assignee=").append(enc(f.assignee()));
    }
    if (f.mine()) {
      sb.append("&mine=true");
    }
    if (f.facilityId() != null) {
      sb.append("&facility=").append(enc(f.facilityId()));
    }
    if (f.regionCode() != null) {
      sb.append("&region=").append(enc(f.regionCode()));
    }
    if (f.q() != null) {
      sb.append("&q=").append(enc(f.q()));
    }
    return sb.toString();
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
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
    var v = complaints.view(me, id, reasons(session).get(id.toString()));
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
    complaints.triage(me, id, category, urgent, note);
    return "redirect:/complaints/" + id;
  }

  @PostMapping("/complaints/{id:[0-9a-f-]{36}}/assign")
  String assign(Actor me, @PathVariable UUID id, @RequestParam(defaultValue = "") String assignee) {
    complaints.assign(me, id, assignee);
    return "redirect:/complaints/" + id;
  }

  @PostMapping("/complaints/{id:[0-9a-f-]{36}}/status")
  String status(
      Actor me,
      @PathVariable UUID id,
      @RequestParam ComplaintStatus status,
      @RequestParam(required = false) @Nullable Outcome outcome,
      @RequestParam(defaultValue = "") String note) {
    complaints.changeStatus(me, id, status, outcome, note);
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
      complaints.addDocuments(me, id, IntakeForm.uploads(files));
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
        complaints.document(me, id, doc).orElseThrow(() -> Problem.notFound("complaints.notFound"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(found.getKey().mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(found.getKey().filename(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(found.getValue());
  }

  @GetMapping("/complaints/intake")
  String intakeForm(Actor me, Model model) {
    if (!Complaints.listRights(me).takeIn()) {
      throw Problem.forbidden("complaints.forbidden");
    }
    prepare(model, IntakeForm.typed(Map.of("contactPreference", "NONE")), Map.of(), null);
    return "complaints/intake";
  }

  @PostMapping("/complaints/intake")
  @ChecksOwnText
  String intake(
      Actor me,
      @RequestParam Map<String, String> form,
      @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
      HttpServletResponse response,
      Locale locale,
      Model model) {
    try {
      var lodged =
          complaints.lodgeStaff(
              me,
              IntakeForm.intake(form),
              IntakeForm.uploads(files),
              "true".equals(form.get("oral")));
      return "redirect:/complaints/" + lodged.id();
    } catch (Problem p) {
      if (p.kind() == Problem.Kind.FORBIDDEN) {
        throw p;
      }
      response.setStatus(ProblemStatus.of(p));
      var general =
          p.fields().isEmpty() ? messages.getMessage(p.code(), p.args(), p.code(), locale) : null;
      var typed = new HashMap<>(IntakeForm.typed(form));
      typed.put("oral", form.getOrDefault("oral", ""));
      prepare(model, typed, IntakeForm.errors(p, messages, locale), general);
      return "complaints/intake";
    }
  }

  private void prepare(
      Model model, Map<String, String> form, Map<String, String> errors, @Nullable String problem) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("roles", ComplainantRole.values());
    model.addAttribute("preferences", ContactPreference.values());
    model.addAttribute("maxMb", complaints.settings().attachmentMaxBytes() / (1024 * 1024));
    model.addAttribute("maxFiles", complaints.settings().attachmentMaxCount());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> reasons(HttpSession session) {
    var r = session.getAttribute(REASONS);
    if (r instanceof Map<?, ?> m) {
      return (Map<String, String>) m;
    }
    var fresh = new java.util.concurrent.ConcurrentHashMap<String, String>();
    session.setAttribute(REASONS, fresh);
    return fresh;
  }
}
