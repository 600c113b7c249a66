package org.habeas.complaints.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.habeas.system.Actor;
import org.habeas.system.IdempotentWrites;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case file and the Istanbul Protocol documentation of a complaint in the JSON API. Items are
 * never changed: a correction or withdrawal is a new revision with a reason.
 */
@RestController
@RequestMapping(path = "/api/v1/complaints/{id}", produces = "application/json")
@Tag(
    name = "Complaint case files",
    description =
        "Who did what to whom (acts, victims, perpetrators, involvements, sources, links) and the"
            + " Istanbul Protocol documentation (confidential)")
class CaseFileApi {

  private static final String SECTIONS = "{section:case-file|istanbul}";
  private final CaseFiles files;
  private final CaseFileJson out;
  private final IdempotentWrites writes;

  CaseFileApi(CaseFiles files, CaseFileJson out, IdempotentWrites writes) {
    this.files = files;
    this.out = out;
    this.writes = writes;
  }

  @GetMapping("/case-file")
  @Operation(
      summary = "The case file",
      description =
          "Current acts, victims, perpetrators, involvements, sources and links, and the matrix of"
              + " who did what to whom. Reading named persons is logged.")
  String caseFile(Actor me, @PathVariable UUID id) {
    return out.text(out.caseFile(files.caseFile(me, id)));
  }

  @GetMapping("/istanbul")
  @Operation(
      summary = "The Istanbul Protocol documentation",
      description =
          "Examinations, consent and privacy, interviews, findings and interpretations: the"
              + " examining doctor, the complaint's handlers and administrators only. Each read is"
              + " logged.")
  String istanbul(Actor me, @PathVariable UUID id) {
    return out.text(out.istanbul(files.istanbul(me, id)));
  }

  @GetMapping("/" + SECTIONS + "/{kind}/{item}/history")
  @Operation(summary = "Every revision of an item, oldest first")
  String history(
      Actor me,
      @PathVariable UUID id,
      @Parameter(description = "case-file or istanbul") @PathVariable String section,
      @PathVariable String kind,
      @PathVariable UUID item) {
    var k = kind(section, kind);
    var file = k.istanbul() ? files.istanbul(me, id).file() : files.caseFile(me, id).file();
    var revisions = file.history(item).stream().filter(e -> e.kind() == k).toList();
    if (revisions.isEmpty()) {
      throw Problem.notFound("casefile.itemNotFound");
    }
    return out.text(out.history(revisions));
  }

  @PostMapping(path = "/" + SECTIONS + "/{kind}", consumes = "application/json")
  @Operation(
      summary = "Record an item",
      description =
          "kind is one of acts, victims, perpetrators, involvements, sources, links (case-file) or"
              + " examinations, conditions, interviews, findings, interpretations (istanbul). The"
              + " body holds the item's fields; 201 with the item and its Location.")
  ResponseEntity<String> record(
      Actor me,
      @PathVariable UUID id,
      @Parameter(description = "case-file or istanbul") @PathVariable String section,
      @PathVariable String kind,
      @RequestBody byte[] body,
      @Parameter(description = "Replays with the same key and body return the first response")
          @RequestHeader(name = "Idempotency-Key", required = false)
          @Nullable String key) {
    var k = kind(section, kind);
    var path = base(id, section, k);
    return writes.run(
        me.username(),
        key,
        "POST",
        path,
        body,
        () -> {
          var e = files.record(me, id, k, out.input(k, body));
          return new IdempotentWrites.Result(201, path + "/" + e.itemId(), out.text(out.item(e)));
        });
  }

  @PostMapping(path = "/" + SECTIONS + "/{kind}/{item}/corrections", consumes = "application/json")
  @Operation(
      summary = "Correct an item",
      description = "The body holds all the item's fields as they should be, and a reason.")
  ResponseEntity<String> correct(
      Actor me,
      @PathVariable UUID id,
      @Parameter(description = "case-file or istanbul") @PathVariable String section,
      @PathVariable String kind,
      @PathVariable UUID item,
      @RequestBody byte[] body,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
    var k = kind(section, kind);
    return itemChange(
        me,
        key,
        base(id, section, k) + "/" + item,
        "/corrections",
        k,
        body,
        input -> files.correct(me, id, k, item, input, input.get("reason")));
  }

  @PostMapping(path = "/" + SECTIONS + "/{kind}/{item}/withdrawal", consumes = "application/json")
  @Operation(
      summary = "Withdraw an item",
      description =
          "Body {\"reason\": …}. The item stays in the history; an item others point at cannot"
              + " be withdrawn before them (409).")
  ResponseEntity<String> withdraw(
      Actor me,
      @PathVariable UUID id,
      @Parameter(description = "case-file or istanbul") @PathVariable String section,
      @PathVariable String kind,
      @PathVariable UUID item,
      @RequestBody byte[] body,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
    var k = kind(section, kind);
    return itemChange(
        me,
        key,
        base(id, section, k) + "/" + item,
        "/withdrawal",
        k,
        body,
        input -> files.withdraw(me, id, k, item, input.get("reason")));
  }

  /**
   * A change to one item, made once per idempotency key: the body read as the kind's fields, the
   * change made, and the item as it now is (201, located at the item).
   */
  private ResponseEntity<String> itemChange(
      Actor me,
      @Nullable String key,
      String path,
      String action,
      Kind k,
      byte[] body,
      Function<Map<String, String>, Entry> change) {
    return writes.run(
        me.username(),
        key,
        "POST",
        path + action,
        body,
        () -> {
          var e = change.apply(out.input(k, body));
          return new IdempotentWrites.Result(201, path, out.text(out.item(e)));
        });
  }

  private static String base(UUID id, String section, Kind kind) {
    return "/api/v1/complaints/" + id + "/" + section + "/" + kind.path();
  }

  private static Kind kind(String section, String path) {
    return Kind.byPath(path)
        .filter(k -> k.istanbul() == section.equals("istanbul"))
        .orElseThrow(() -> Problem.notFound("casefile.unknownKind", path));
  }
}
