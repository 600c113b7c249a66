package org.habeas.custody;

import java.util.List;
import org.habeas.ledger.LedgerRecord;
import org.habeas.ledger.MerkleLog;
import org.habeas.system.Problem;
import org.springframework.stereotype.Component;

/**
 * Loads a record's stored events, opened with its key: for a caller that names the record (gone if
 * erased, not found if unknown) or for a system read (empty in both cases).
 */
@Component
class RecordHistories {

  private final CustodyEventStore store;
  private final MerkleLog ledger;

  RecordHistories(CustodyEventStore store, MerkleLog ledger) {
    this.store = store;
    this.ledger = ledger;
  }

  /** The stored events of a record the caller names: gone if erased, not found if unknown. */
  List<StoredEvent> existing(String recordId) {
    return existing(ledger.read(recordId));
  }

  /** The same, for a record whose key the caller has read (and, appending, locked) already. */
  List<StoredEvent> existing(LedgerRecord ledgerRecord) {
    var recordId = ledgerRecord.recordId();
    var erased = ledgerRecord.erasure();
    if (erased.isPresent()) {
      throw new Problem(
          Problem.Kind.GONE,
          "ledger.recordErased",
          List.of(),
          erased.get().erasedAt(),
          erased.get().reason());
    }
    var events = store.load(recordId, ledgerRecord.reader());
    if (events.isEmpty()) {
      throw Problem.notFound("custody.notFound");
    }
    return events;
  }

  /** The stored events as they are; empty for an unknown or erased record. */
  List<StoredEvent> stored(String recordId) {
    // An erased record's events cannot be read any more: it has no history left to act on.
    var ledgerRecord = ledger.read(recordId);
    if (ledgerRecord.erasure().isPresent()) {
      return List.of();
    }
    return store.load(recordId, ledgerRecord.reader());
  }
}
