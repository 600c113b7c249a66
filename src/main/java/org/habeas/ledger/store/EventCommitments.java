package org.habeas.ledger.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.habeas.ledger.CanonicalEvent;
import org.habeas.ledger.CustodyLeaf.EventCommitment;
import org.habeas.ledger.LeafCommitments;
import org.habeas.ledger.LedgerEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The write path (research §7.4, step 1): in the transaction that stores a custody event, commit to
 * it under its record's key, chain in the record's previous commitment, and queue the leaf.
 */
@Component
public class EventCommitments {

  private final JdbcClient jdbc;
  private final Outbox outbox;
  private final JsonMapper json;
  private final RecordKeys keys;
  private final Clock clock;

  EventCommitments(JdbcClient jdbc, Outbox outbox, JsonMapper json, RecordKeys keys, Clock clock) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.json = json;
    this.keys = keys;
    this.clock = clock;
  }

  /** Commits to {@code event} and queues its leaf; must run in the event's own transaction. */
  public void commit(LedgerEvent event) {
    // Usually created a moment ago with the event's sealed payload (RecordPayloads); a record
    // opened before the ledger existed gets one here, and its chain starts late.
    byte[] recordKey = keys.forWriting(event.recordId());
    byte @Nullable [] previous = event.seq() == 1 ? null : previousCommitment(event);
    byte[] canonical =
        new CanonicalEvent(
                UUID.fromString(event.recordId()),
                event.seq(),
                event.type(),
                event.occurredAt(),
                event.recordedAt(),
                event.station(),
                event.officer(),
                CanonicalPayloads.of(json, event.payload()),
                previous)
            .encode();
    byte[] commitment =
        LeafCommitments.commitment(LeafCommitments.eventKey(recordKey, event.eventId()), canonical);
    Instant now = clock.instant();
    jdbc.sql("insert into ledger_opening (record_id, seq, canonical) values (?, ?, ?)")
        .params(event.recordId(), event.seq(), canonical)
        .update();
    jdbc.sql("insert into ledger_commitment (record_id, seq, commitment) values (?, ?, ?)")
        .params(event.recordId(), event.seq(), commitment)
        .update();
    outbox.enqueue(
        new EventCommitment(now.toEpochMilli(), commitment).encode(),
        event.recordId(),
        event.seq(),
        now);
  }

  /** Returns a record's key, unless the record has none (yet, or any more after erasure). */
  public Optional<byte[]> recordKey(String recordId) {
    return keys.find(recordId);
  }

  /** Returns the bytes an event's commitment covers, unless they were erased. */
  public Optional<byte[]> canonical(String recordId, int seq) {
    return jdbc.sql("select canonical from ledger_opening where record_id = ? and seq = ?")
        .params(recordId, seq)
        .query((rs, i) -> rs.getBytes(1))
        .optional();
  }

  /** Returns an event's commitment, kept for good. */
  public Optional<byte[]> commitment(String recordId, int seq) {
    return jdbc.sql("select commitment from ledger_commitment where record_id = ? and seq = ?")
        .params(recordId, seq)
        .query((rs, i) -> rs.getBytes(1))
        .optional();
  }

  /**
   * Returns the seqs of every event of a record the log has a commitment or a leaf for: deleting an
   * event's row leaves both behind, and deleting those too breaks the log's proofs.
   */
  public java.util.List<Integer> committedSeqs(String recordId) {
    return jdbc.sql(
            "select seq from ledger_commitment where record_id = :id union select seq from"
                + " ledger_leaf where record_id = :id and seq is not null")
        .param("id", recordId)
        .query(Integer.class)
        .list();
  }

  private byte @Nullable [] previousCommitment(LedgerEvent event) {
    return commitment(event.recordId(), event.seq() - 1).orElse(null);
  }
}
