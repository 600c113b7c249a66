package org.habeas.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.habeas.custody.Apprehended;
import org.habeas.custody.BulkAppend;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordFilter;
import org.habeas.custody.RecordStatus;
import org.habeas.system.Actor;
import org.habeas.system.IdempotentWrites;
import org.habeas.system.JsonProblems;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The custody-record part of the JSON API (under /api/v1/custody-records). */
@RestController
@RequestMapping(path = "/api/v1/custody-records", produces = "application/json")
@Tag(name = "Custody records", description = "Open records, append events, read records")
class CustodyApi {

  private static final String BASE = "/api/v1/custody-records";
  private final CustodyRecords records;
  private final IdempotentWrites idempotent;
  private final RecordJson out;
  private final JsonMapper json;
  private final EventBatches batches;

  CustodyApi(
      CustodyRecords records,
      IdempotentWrites idempotent,
      RecordJson out,
      JsonMapper json,
      EventBatches batches) {
    this.records = records;
    this.idempotent = idempotent;
    this.out = out;
    this.json = json;
    this.batches = batches;
  }

  @PostMapping(consumes = "application/json")
  @Operation(summary = "Open a record", description = "The body is an Apprehended event.")
  @RequestBody(description = "An Apprehended event")
  ResponseEntity<String> open(
      Actor me,
      @org.springframework.web.bind.annotation.RequestBody byte[] body,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
    var event = parse(body);
    if (!(event instanceof Apprehended apprehended)) {
      throw Problem.badField("type", "custody.mustOpenWithApprehended", event.type());
    }
    return idempotent.run(
        me.username(),
        key,
        "POST",
        BASE,
        body,
        () -> {
          var id = records.open(me, apprehended);
          var view = records.view(me, id, null);
          return new IdempotentWrites.Result(201, BASE + "/" + id, out.text(out.record(view)));
        });
  }

  @PostMapping(path = "/{id}/events", consumes = "application/json")
  @Operation(
      summary = "Append an event, or a batch of events",
      description =
          "One event; If-Match with the record's ETag (its last seq) makes a stale append a 409."
              + " An array of up to "
              + BulkAppend.MAX_EVENTS
              + " events (a paper register uploaded after an outage) is appended in order in one"
              + " transaction, all or nothing: each event is checked as a single append is, on the"
              + " record as the events before it left it, and a refusal names the element at fault"
              + " ([4].occurredAt). If-Match and Idempotency-Key apply to the whole batch; the"
              + " answer is the array of the stored events.")
  @RequestBody(
      description = "An event, or an array of events",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(oneOf = {CustodyEvent.class, CustodyEvent[].class})))
  @ApiResponse(
      responseCode = "201",
      description = "The stored event; for an array, the stored events in order")
  ResponseEntity<String> append(
      Actor me,
      @PathVariable String id,
      @org.springframework.web.bind.annotation.RequestBody byte[] body,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
    var path = BASE + "/" + id + "/events";
    if (EventBatches.isArray(body)) {
      return batches.append(me, id, path, body, key, expectedSeq(ifMatch));
    }
    var event = parse(body);
    var expected = expectedSeq(ifMatch);
    return idempotent.run(
        me.username(),
        key,
        "POST",
        path,
        body,
        () -> {
          var stored = records.append(me, id, event, expected);
          return new IdempotentWrites.Result(
              201, path + "/" + stored.seq(), out.text(out.event(stored)));
        });
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read a record, as the caller may see it")
  ResponseEntity<String> get(
      Actor me,
      @PathVariable String id,
      @Parameter(description = "Monitors: why the person's identity is needed (logged)")
          @RequestHeader(name = "X-Habeas-Reason", required = false)
          @Nullable String reason) {
    var view = records.view(me, id, reason);
    return ResponseEntity.ok()
        .eTag("\"" + view.state().lastSeq() + "\"")
        .body(out.text(out.record(view)));
  }

  @GetMapping
  @Operation(summary = "A page of the records the caller may see")
  String list(
      Actor me,
      @RequestParam(required = false) @Nullable String facility,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable Boolean juvenile,
      @RequestParam(defaultValue = "apprehended") String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.of(page, size);
    var filter = new RecordFilter(facility, status(status), juvenile, sort);
    return out.text(
        out.page(records.list(me, filter, page, size), page, size, records.count(me, filter)));
  }

  private static @Nullable RecordStatus status(@Nullable String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    return switch (status.toLowerCase(Locale.ROOT)) {
      // Open lists everyone held, remanded included; remanded only those on remand (issue 16).
      case "open" -> RecordStatus.OPEN;
      case "closed" -> RecordStatus.CLOSED;
      case "remanded" -> RecordStatus.REMANDED;
      default -> throw Problem.badField("status", "field.oneOf", "open, closed, remanded");
    };
  }

  private static @Nullable Integer expectedSeq(@Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(ifMatch.replace("W/", "").replace("\"", "").strip());
    } catch (NumberFormatException e) {
      throw Problem.badField(HttpHeaders.IF_MATCH, "field.wrongType");
    }
  }

  private CustodyEvent parse(byte[] body) {
    if (body.length == 0) {
      throw new Problem(Problem.Kind.INVALID, "problem.emptyBody", List.of());
    }
    try {
      return json.readValue(body, CustodyEvent.class);
    } catch (JacksonException e) {
      throw JsonProblems.from(e);
    }
  }
}
