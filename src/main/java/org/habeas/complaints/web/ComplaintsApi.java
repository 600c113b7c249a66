package org.habeas.complaints.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.habeas.complaints.Category;
import org.habeas.complaints.ComplaintFilter;
import org.habeas.complaints.ComplaintIntake;
import org.habeas.complaints.ComplaintStatus;
import org.habeas.complaints.ComplaintView;
import org.habeas.complaints.Handling;
import org.habeas.complaints.Intake;
import org.habeas.complaints.IntakeLimits;
import org.habeas.complaints.Outcome;
import org.habeas.complaints.PublicStatus;
import org.habeas.complaints.Reading;
import org.habeas.complaints.Search;
import org.habeas.complaints.StatusLookup;
import org.habeas.system.Actor;
import org.habeas.system.IdempotentWrites;
import org.habeas.system.JsonProblems;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The complaints' JSON API: lodging and public status without sign-in, handling for staff. */
@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints", description = "Lodge a complaint, follow its status, handle complaints")
class ComplaintsApi {

  private static final String BASE = "/api/v1/complaints";

  private final ComplaintIntake intake;
  private final StatusLookup statuses;
  private final Search search;
  private final Reading reading;
  private final Handling handling;
  private final IdempotentWrites idempotent;
  private final JsonMapper json;

  ComplaintsApi(
      ComplaintIntake intake,
      StatusLookup statuses,
      Search search,
      Reading reading,
      Handling handling,
      IdempotentWrites idempotent,
      JsonMapper json) {
    this.intake = intake;
    this.statuses = statuses;
    this.search = search;
    this.reading = reading;
    this.handling = handling;
    this.idempotent = idempotent;
    this.json = json;
  }

  /** What the complainant receives, once. */
  record LodgedJson(String reference, String secret, String status) {}

  @PostMapping(consumes = "application/json")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Lodge a complaint (no sign-in)",
      description =
          "Returns the public reference and the secret needed to follow the status; the secret is"
              + " shown only once. Rate-limited per address and per network block (429 with"
              + " Retry-After).")
  ResponseEntity<LodgedJson> lodge(
      @RequestBody byte[] body,
      HttpServletRequest request,
      HttpServletResponse response,
      @RequestHeader(name = "Accept-Language", required = false) @Nullable String lang) {
    Intake intake;
    try {
      intake = json.readValue(body, Intake.class);
    } catch (JacksonException e) {
      throw JsonProblems.from(e);
    }
    var lodged =
        retryAfter(
            response,
            () ->
                this.intake.lodgePublic(
                    intake, List.of(), request.getRemoteAddr(), request.getLocale().getLanguage()));
    return ResponseEntity.status(201)
        .header("Location", BASE + "/status/" + lodged.reference())
        .body(new LodgedJson(lodged.reference(), lodged.secret(), "RECEIVED"));
  }

  @GetMapping("/status/{reference}")
  @Operation(
      summary = "The public status of a complaint",
      description =
          "Needs the secret given at lodging in the Complaint-Secret header; an unknown reference"
              + " and a wrong secret both answer 404. Only the status and its dates are shown.")
  PublicStatus status(
      @PathVariable String reference,
      @Parameter(description = "The secret given at lodging")
          @RequestHeader(name = "Complaint-Secret", required = false)
          @Nullable String secret,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (secret == null || secret.isBlank() || secret.length() > 100 || reference.length() > 20) {
      throw Problem.notFound("complaints.notFound");
    }
    return retryAfter(response, () -> statuses.status(reference, secret, request.getRemoteAddr()))
        .orElseThrow(() -> Problem.notFound("complaints.notFound"));
  }

  /** What {@code call} returns; over the public door's limit, the 429 says when to try again. */
  static <T> T retryAfter(HttpServletResponse response, Supplier<T> call) {
    try {
      return call.get();
    } catch (IntakeLimits.TooMany e) {
      response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
      throw e;
    }
  }

  @GetMapping
  @Operation(summary = "A page of the complaints the caller may see (search with q)")
  Map<String, Object> list(
      Actor me,
      @RequestParam(required = false) @Nullable ComplaintStatus status,
      @RequestParam(required = false) @Nullable Category category,
      @RequestParam(required = false) @Nullable Boolean urgent,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    var filter = new ComplaintFilter(status, category, urgent, overdue, assignee, q);
    var paging = Paging.of(page, size);
    int n = paging.size();
    int p = paging.page();
    var out = new LinkedHashMap<String, Object>();
    out.put("total", search.count(me, filter));
    out.put("page", p);
    out.put("size", n);
    out.put("items", search.list(me, filter, p, n));
    return out;
  }

  @GetMapping("/{id}")
  @Operation(summary = "A complaint with its timeline, as the caller may see it")
  ComplaintView get(
      Actor me,
      @PathVariable UUID id,
      @Parameter(description = "Monitors: why the names are needed (logged)")
          @RequestHeader(name = "X-Habeas-Reason", required = false)
          @Nullable String reason) {
    return reading.view(me, id, reason);
  }

  /** One handling step: Triaged, Assigned or StatusChanged. */
  record EntryJson(
      String type,
      @Nullable Category category,
      @Nullable Boolean urgent,
      @Nullable String assignee,
      @Nullable ComplaintStatus status,
      @Nullable Outcome outcome,
      @Nullable String note) {}

  @PostMapping(path = "/{id}/entries", consumes = "application/json")
  @Operation(
      summary = "Triage, assign or move a complaint",
      description =
          "type Triaged (category, urgent, note), Assigned (assignee) or StatusChanged (status,"
              + " outcome when closing, note). Idempotency-Key makes a retry safe.")
  ResponseEntity<String> entry(
      Actor me,
      @PathVariable UUID id,
      @RequestBody byte[] body,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
    EntryJson e;
    try {
      e = json.readValue(body, EntryJson.class);
    } catch (JacksonException ex) {
      throw JsonProblems.from(ex);
    }
    var path = BASE + "/" + id + "/entries";
    return idempotent.run(
        me.username(),
        key,
        "POST",
        path,
        body,
        () -> {
          switch (e.type()) {
            case "Triaged" -> {
              if (e.category() == null) {
                throw Problem.badField("category", "field.NotNull");
              }
              handling.triage(me, id, e.category(), Boolean.TRUE.equals(e.urgent()), e.note());
            }
            case "Assigned" -> handling.assign(me, id, e.assignee() == null ? "" : e.assignee());
            case "StatusChanged" -> {
              if (e.status() == null) {
                throw Problem.badField("status", "field.NotNull");
              }
              handling.changeStatus(me, id, e.status(), e.outcome(), e.note());
            }
            default -> throw Problem.badField("type", "field.unknownType", e.type());
          }
          var view = reading.view(me, id, null);
          var out = new LinkedHashMap<String, Object>();
          out.put("seq", view.state().lastSeq());
          out.put("status", view.state().status());
          return new IdempotentWrites.Result(201, BASE + "/" + id, json.writeValueAsString(out));
        });
  }
}
