package org.habeas.ledger.store;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.habeas.ledger.LeafCommitments;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The per-record keys (docs/design/ledger-research.md §7.2): each opens its record's commitments
 * and, through the data key derived from it, its stored payloads. Deleting one is how a record is
 * erased.
 *
 * <p>Nothing is cached here: a key read in one transaction may be deleted by an erasure in the
 * next. Whoever needs the key several times in one unit of work (an append: read the history, seal
 * the payload, commit) reads it once and passes it along ({@code LedgerRecord}).
 */
@Component
public class RecordKeys {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /**
   * A record's key with its row locked until the transaction ends, and the record's newest
   * commitment (its seq and bytes, or 0 and null when it has none yet): what appending an event
   * needs, read in one statement.
   */
  public record Locked(byte[] key, int lastSeq, byte @Nullable [] lastCommitment) {}

  RecordKeys(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Returns a record's key, unless it has none (yet, or any more after erasure). */
  public Optional<byte[]> find(String recordId) {
    return jdbc.sql("select record_key from ledger_record_key where record_id = ?")
        .param(recordId)
        .query((rs, i) -> rs.getBytes(1))
        .optional();
  }

  /** Returns the keys the records have, by record id (erased records and others have none). */
  public Map<String, byte[]> findAll(Collection<String> recordIds) {
    Map<String, byte[]> keys = new HashMap<>();
    if (recordIds.isEmpty()) {
      return keys;
    }
    jdbc.sql("select record_id, record_key from ledger_record_key where record_id in (:ids)")
        .param("ids", List.copyOf(recordIds))
        .query(
            rs -> {
              keys.put(rs.getString(1), rs.getBytes(2));
            });
    return keys;
  }

  /**
   * Locks a record's key row for appending and reads, in the same statement, the record's newest
   * commitment (which the next event chains in). Empty when the record has no key: never had one (a
   * record opened before the ledger existed, or no such record), or erased.
   *
   * <p>The lock orders a write against an erasure, which deletes the row: the write either lands
   * before the erasure starts, or finds the key gone. The commitment, though, is read with the
   * snapshot the statement began with (on both databases): when the statement waited for the lock
   * behind another append of the record, that append's commitment is missing from it. So it is
   * right only if its seq is the one before the event appended (read after the lock); the caller
   * checks that ({@code LedgerRecord.previousOf}) and otherwise reads the commitment again.
   */
  public Optional<Locked> lock(String recordId) {
    // The scalar subqueries lock nothing (FOR UPDATE locks the rows of the FROM clause only, on
    // both databases): the key's lock is what excludes every other writer of the record.
    return jdbc.sql(
            "select k.record_key,"
                + " (select max(c.seq) from ledger_commitment c where c.record_id = k.record_id),"
                + " (select c.commitment from ledger_commitment c where c.record_id = k.record_id"
                + " and c.seq = (select max(m.seq) from ledger_commitment m"
                + " where m.record_id = k.record_id))"
                + " from ledger_record_key k where k.record_id = ? for update")
        .param(recordId)
        .query((rs, i) -> new Locked(rs.getBytes(1), rs.getInt(2), rs.getBytes(3)))
        .optional();
  }

  /**
   * Returns a record's key for writing one of its events, locking its row until the transaction
   * ends, and creates it for a record that never had one.
   *
   * @throws IllegalStateException if the record was erased: its key existed and is gone
   */
  public byte[] forWriting(String recordId) {
    Optional<byte[]> key =
        jdbc.sql("select record_key from ledger_record_key where record_id = ? for update")
            .param(recordId)
            .query((rs, i) -> rs.getBytes(1))
            .optional();
    return key.orElseGet(() -> create(recordId));
  }

  /**
   * Creates the key of a record that has none, in one statement that also checks the record was
   * never erased and never committed to (then its key existed and is gone); the new row is locked
   * by its insert until the transaction ends.
   *
   * @throws IllegalStateException if the record was erased
   * @throws org.springframework.dao.DuplicateKeyException if a concurrent transaction created it
   */
  public byte[] create(String recordId) {
    byte[] created = LeafCommitments.newRecordKey(random);
    int inserted =
        jdbc.sql(
                "insert into ledger_record_key (record_id, record_key, created_at)"
                    + " select cast(:id as varchar(36)), :key, :at where not exists"
                    + " (select 1 from ledger_erasure where record_id = :id) and not exists"
                    + " (select 1 from ledger_commitment where record_id = :id)")
            .param("id", recordId)
            .param("key", created)
            .param("at", Timestamp.from(clock.instant()))
            .update();
    if (inserted == 0) {
      throw new IllegalStateException("record " + recordId + " was erased: its key is gone");
    }
    return created;
  }

  /** Deletes a record's key, locking out writers; tells whether there was one. */
  boolean delete(String recordId) {
    return jdbc.sql("delete from ledger_record_key where record_id = ?").param(recordId).update()
        > 0;
  }
}
