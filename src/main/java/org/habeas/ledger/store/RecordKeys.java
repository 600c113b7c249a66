package org.habeas.ledger.store;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.habeas.ledger.LeafCommitments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The per-record keys (research §7.2): each opens its record's commitments and, through the data
 * key derived from it, its stored payloads. Deleting one is how a record is erased.
 */
@Component
public class RecordKeys {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

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

  /**
   * Returns a record's key for writing one of its events, locking its row until the transaction
   * ends, and creates it for a record that never had one.
   *
   * <p>The lock orders a write against an erasure, which deletes the row: the write either lands
   * before the erasure starts, or finds the key gone.
   *
   * @throws IllegalStateException if the record was erased: its key existed and is gone
   */
  public byte[] forWriting(String recordId) {
    Optional<byte[]> key =
        jdbc.sql("select record_key from ledger_record_key where record_id = ? for update")
            .param(recordId)
            .query((rs, i) -> rs.getBytes(1))
            .optional();
    if (key.isPresent()) {
      return key.get();
    }
    if (count("select count(*) from ledger_erasure where record_id = ?", recordId) > 0
        || count("select count(*) from ledger_commitment where record_id = ?", recordId) > 0) {
      throw new IllegalStateException("record " + recordId + " was erased: its key is gone");
    }
    byte[] created = LeafCommitments.newRecordKey(random);
    jdbc.sql("insert into ledger_record_key (record_id, record_key, created_at) values (?, ?, ?)")
        .params(recordId, created, Timestamp.from(clock.instant()))
        .update();
    return created;
  }

  /** Deletes a record's key, locking out writers; tells whether there was one. */
  boolean delete(String recordId) {
    return jdbc.sql("delete from ledger_record_key where record_id = ?").param(recordId).update()
        > 0;
  }

  private long count(String sql, String recordId) {
    return jdbc.sql(sql).param(recordId).query(Long.class).single();
  }
}
