package org.habeas.custody;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.habeas.ledger.LedgerEvent;
import org.habeas.ledger.LedgerRecord;
import org.habeas.ledger.MerkleLog;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows the insert of an event, in the same transaction and in this order: its commitment in
 * the tamper-evident log (with the ledger's outbox), its publication (safeguards keep their due
 * index and judge the record meanwhile) and custody's own projections of it.
 */
@Component
class Landing {

  private final CustodyEventStore store;
  private final CustodyRecordViews views;
  private final EventChecks checks;
  private final MerkleLog ledger;
  private final ApplicationEventPublisher publisher;
  private final RecordJudgements judgements;
  private final Clock clock;

  Landing(
      CustodyEventStore store,
      CustodyRecordViews views,
      EventChecks checks,
      MerkleLog ledger,
      ApplicationEventPublisher publisher,
      RecordJudgements judgements,
      Clock clock) {
    this.store = store;
    this.views = views;
    this.checks = checks;
    this.ledger = ledger;
    this.publisher = publisher;
    this.judgements = judgements;
    this.clock = clock;
  }

  /**
   * Lands the stored event: commits it to the log, publishes it and projects it.
   *
   * @param state the record after the event
   * @param history every stored event of the record, the new one last
   * @param opening whether the event opened the record
   */
  void land(
      LedgerRecord ledgerRecord, CustodyRecord state, List<StoredEvent> history, boolean opening) {
    var stored = history.getLast();
    commitToLedger(ledgerRecord, state, stored);
    var judged = publish(ledgerRecord.recordId(), history);
    project(ledgerRecord, state, stored, judged, opening);
  }

  /** Commits the stored event to the tamper-evident log, in the same transaction. */
  private void commitToLedger(LedgerRecord ledgerRecord, CustodyRecord state, StoredEvent stored) {
    ledger.commit(
        ledgerRecord,
        new LedgerEvent(
            ledgerRecord.recordId(),
            stored.seq(),
            stored.type(),
            stored.event().occurredAt(),
            stored.recordedAt(),
            state.currentFacilityId(),
            Objects.requireNonNull(stored.recordedBy()),
            stored.event()));
  }

  /**
   * Publishes the stored event with what its listeners need (the event, the record after it and its
   * history, all in the system's form), so none reads the record back; returns what safeguards
   * judged of the record meanwhile (their due index is kept in this transaction), or null.
   */
  private @Nullable RecordJudged publish(String recordId, List<StoredEvent> history) {
    var system = Redaction.forSystem(history, CustodyRecords.pseudonym(recordId));
    var stored = system.getLast();
    var recorded =
        new CustodyEventRecorded(
            recordId,
            stored.seq(),
            stored.type(),
            stored.event().occurredAt(),
            stored,
            CustodyRecord.replay(system),
            system);
    return judgements.publishing(recordId, () -> publisher.publishEvent(recorded));
  }

  /**
   * Custody's own projections of the stored event: the parties it names (the access index) and the
   * record's row in the read model, written once, with the judgement safeguards published.
   *
   * @param opening whether the event opened the record (its row is inserted, else updated)
   */
  private void project(
      LedgerRecord ledgerRecord,
      CustodyRecord state,
      StoredEvent stored,
      @Nullable RecordJudged judged,
      boolean opening) {
    var recordId = ledgerRecord.recordId();
    store.addParties(recordId, stored.seq(), Parties.of(stored.event()));
    var current = checks.facility(state.currentFacilityId(), "facilityId");
    var now = clock.instant();
    var legal = judged == null ? null : judged.legalLimit();
    views.write(
        ledgerRecord,
        state,
        current,
        DetentionClock.of(state, now, current.zone(), legal),
        judged,
        now,
        opening);
  }
}
