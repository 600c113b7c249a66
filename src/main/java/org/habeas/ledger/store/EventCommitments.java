package org.habeas.ledger.store;

import java.sql.DatabaseMetaData;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.habeas.ledger.CanonicalEvent;
import org.habeas.ledger.CustodyLeaf.EventCommitment;
import org.habeas.ledger.LeafCommitments;
import org.habeas.ledger.LedgerEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The write path (docs/design/ledger-research.md §7.4, step 1): in the transaction that stores a
 * custody event, commit to it under its record's key, chain in the record's previous commitment,
 * and queue the leaf.
 */
@Component
public class EventCommitments {

  private final JdbcClient jdbc;
  private final Outbox outbox;
  private final JsonMapper json;
  private final RecordKeys keys;
  private final Clock clock;
  private final boolean postgres;

  EventCommitments(
      JdbcClient jdbc,
      Outbox outbox,
      JsonMapper json,
      RecordKeys keys,
      Clock clock,
      DataSource dataSource)
      throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.json = json;
    this.keys = keys;
    this.clock = clock;
    this.postgres =
        JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
            .toLowerCase(Locale.ROOT)
            .contains("postgres");
  }

  /**
   * Commits to {@code event} and queues its leaf; must run in the event's own transaction. Reads
   * (and locks) the record's key and its previous commitment itself: for a caller that did not read
   * them already ({@link #commit(LedgerEvent, byte[], byte[])}).
   */
  public void commit(LedgerEvent event) {
    // Usually created a moment ago with the event's sealed payload (RecordPayloads); a record
    // opened before the ledger existed gets one here, and its chain starts late.
    byte[] recordKey = keys.forWriting(event.recordId());
    byte @Nullable [] previous = event.seq() == 1 ? null : previousCommitment(event);
    commit(event, recordKey, previous);
  }

  /**
   * Commits to {@code event} under the record's key, chaining in the record's previous commitment
   * (null for its first event, or one stored before the ledger existed), and queues its leaf: the
   * opening, the commitment and the outbox row in one statement on PostgreSQL (a data-modifying
   * CTE), three on H2, which has no DML in a CTE. The caller holds the key's row lock ({@link
   * RecordKeys#lock}), read in the same transaction. Returns the commitment, which the record's
   * next event chains in.
   */
  public byte[] commit(LedgerEvent event, byte[] recordKey, byte @Nullable [] previous) {
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
    byte[] leaf = new EventCommitment(now.toEpochMilli(), commitment).encode();
    if (postgres) {
      jdbc.sql(
              "with opening as (insert into ledger_opening (record_id, seq, canonical)"
                  + " values (:record, :seq, :canonical)),"
                  + " chained as (insert into ledger_commitment (record_id, seq, commitment)"
                  + " values (:record, :seq, :commitment))"
                  + " insert into ledger_pending (leaf, record_id, seq, enqueued_at)"
                  + " values (:leaf, :record, :seq, :at)")
          .param("record", event.recordId())
          .param("seq", event.seq())
          .param("canonical", canonical)
          .param("commitment", commitment)
          .param("leaf", leaf)
          .param("at", Timestamp.from(now))
          .update();
      return commitment;
    }
    jdbc.sql("insert into ledger_opening (record_id, seq, canonical) values (?, ?, ?)")
        .params(event.recordId(), event.seq(), canonical)
        .update();
    jdbc.sql("insert into ledger_commitment (record_id, seq, commitment) values (?, ?, ?)")
        .params(event.recordId(), event.seq(), commitment)
        .update();
    outbox.enqueue(leaf, event.recordId(), event.seq(), now);
    return commitment;
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
  public List<Integer> committedSeqs(String recordId) {
    return jdbc.sql(
            "select seq from ledger_commitment where record_id = :id union select seq from"
                + " ledger_leaf where record_id = :id and seq is not null")
        .param("id", recordId)
        .query((rs, n) -> rs.getInt(1))
        .list();
  }

  private byte @Nullable [] previousCommitment(LedgerEvent event) {
    return commitment(event.recordId(), event.seq() - 1).orElse(null);
  }
}
