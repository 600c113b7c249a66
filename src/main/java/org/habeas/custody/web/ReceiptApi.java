package org.habeas.custody.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.Visibility;
import org.habeas.ledger.EventReceipt;
import org.habeas.ledger.MerkleLog;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event's receipt: its opening, so the holder can recompute the commitment, and the proof that
 * it is in a signed checkpoint of the log.
 *
 * <p>The opening carries the event's personal data, so the receipt goes only to someone shown the
 * event itself; a monitor, who sees records pseudonymised, states a reason first, as for the record
 * (and the read is logged the same way). A receipt goes only with an event shown whole: a doctor
 * gets those of the medical events, not of the opening, whose grounds and national identity number
 * are not theirs to read.
 */
@RestController
@RequestMapping(path = "/api/v1/custody-records", produces = "application/json")
@Tag(name = "Custody records", description = "Open records, append events, read records")
class ReceiptApi {

  private final CustodyRecords records;
  private final MerkleLog ledger;
  private final JsonMapper json;

  ReceiptApi(CustodyRecords records, MerkleLog ledger, JsonMapper json) {
    this.records = records;
    this.ledger = ledger;
    this.json = json;
  }

  @GetMapping("/{id}/events/{seq}/receipt")
  @Operation(summary = "An event's opening and its inclusion proof against a signed checkpoint")
  ResponseEntity<String> receipt(
      Actor me,
      @PathVariable String id,
      @PathVariable int seq,
      @Parameter(description = "Monitors: why the person's identity is needed (logged)")
          @RequestHeader(name = "X-Habeas-Reason", required = false)
          @Nullable String reason) {
    var view = records.view(me, id, reason);
    if (view.visibility() == Visibility.PSEUDONYMISED) {
      throw Problem.forbidden("ledger.receiptNeedsReason");
    }
    if (view.events().stream().noneMatch(e -> e.stored().seq() == seq)) {
      throw Problem.notFound("ledger.noSuchEvent", seq);
    }
    if (!view.shownWhole(seq)) {
      // A doctor sees the opening without the grounds; its receipt would carry them.
      throw Problem.forbidden("custody.receiptWithheld", seq);
    }
    var receipt =
        ledger
            .receipt(id, seq)
            .orElseThrow(
                () -> new Problem(Problem.Kind.NOT_FOUND, "ledger.receiptPending", List.of(), seq));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(json(receipt));
  }

  private String json(EventReceipt receipt) {
    var n = json.createObjectNode();
    n.put("recordId", receipt.recordId());
    n.put("seq", receipt.seq());
    n.put("leafIndex", receipt.leafIndex());
    n.put("treeSize", receipt.treeSize());
    var opening = n.putObject("opening");
    opening.put("eventKey", receipt.eventKey());
    opening.put("canonicalEvent", receipt.canonicalEvent());
    n.put("leaf", receipt.leaf());
    var path = n.putArray("inclusionPath");
    receipt.inclusionPath().forEach(path::add);
    n.put("checkpoint", receipt.checkpoint());
    n.put("tlogProof", receipt.tlogProof());
    return json.writeValueAsString(n);
  }
}
