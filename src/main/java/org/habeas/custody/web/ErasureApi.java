package org.habeas.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.habeas.custody.CustodyRecords;
import org.habeas.system.Actor;
import org.habeas.system.AdminActions;
import org.habeas.system.IdempotentRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lawful erasure of a closed record (crypto-shredding, docs/ledger.md): an administrator gives the
 * legal basis; the record then reads as erased (410) and the log keeps a notice of it.
 */
@RestController
@RequestMapping(path = "/api/v1/custody-records", produces = "application/json")
@Tag(name = "Custody records", description = "Open records, append events, read records")
class ErasureApi {

  /** The request: why the record is erased (a decision or retention rule; no personal data). */
  record ErasureRequest(@Nullable String reason) {}

  private final CustodyRecords records;
  private final IdempotentRequests replies;
  private final JsonMapper json;
  private final AdminActions audit;

  ErasureApi(
      CustodyRecords records, IdempotentRequests replies, JsonMapper json, AdminActions audit) {
    this.records = records;
    this.replies = replies;
    this.json = json;
    this.audit = audit;
  }

  @PostMapping(path = "/{id}/erasure", consumes = "application/json")
  @Operation(
      summary = "Erase a closed record (administrators, with the legal basis)",
      description =
          "Destroys the record's key and openings; its events can no longer be read, an erasure"
              + " notice is logged, and every proof stays valid.")
  ResponseEntity<String> erase(
      Actor me, @PathVariable String id, @RequestBody ErasureRequest request) {
    var erasure = records.erase(me, id, request.reason());
    audit.record(me, AdminActions.Kind.RECORD_ERASED, id, erasure.reason());
    // Remembered first responses to retried writes carry the record's data too.
    replies.forget("/api/v1/custody-records/" + id);
    var n = json.createObjectNode();
    n.put("recordId", erasure.recordId());
    n.put("status", "erased");
    n.put("reason", erasure.reason());
    n.put("erasedBy", erasure.erasedBy());
    n.put("erasedAt", erasure.erasedAt().toString());
    var leaves = n.putArray("erasedLeaves");
    erasure.erasedLeaves().forEach(leaves::add);
    return ResponseEntity.ok(json.writeValueAsString(n));
  }
}
