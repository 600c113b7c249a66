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
import org.habeas.system.TransactionScoped;
import org.jspecify.annotations.Nullable;
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
  private final TransactionScoped scoped;
  private final SecureRandom random = new SecureRandom();

  /**
   * A key the current transaction read, and whether it holds the key's row lock. Only for the
   * transaction: an erasure in another one deletes the row, and the next transaction reads afresh;
   * {@link #delete} forgets it at once.
   */
  private record Held(byte[] key, boolean locked) {}

  RecordKeys(JdbcClient jdbc, Clock clock, TransactionScoped scoped) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.scoped = scoped;
  }

  /** Returns a record's key, unless it has none (yet, or any more after erasure). */
  public Optional<byte[]> find(String recordId) {
    Map<String, Held> held = held();
    if (held != null && held.containsKey(recordId)) {
      return Optional.of(held.get(recordId).key());
    }
    Optional<byte[]> key =
        jdbc.sql("select record_key from ledger_record_key where record_id = ?")
            .param(recordId)
            .query((rs, i) -> rs.getBytes(1))
            .optional();
    key.ifPresent(k -> hold(recordId, k, false));
    return key;
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
    keys.forEach((id, key) -> hold(id, key, false));
    return keys;
  }

  /** Remembers, for the transaction, a key read with another query (the erasure check). */
  void found(String recordId, byte[] key) {
    hold(recordId, key, false);
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
    Map<String, Held> held = held();
    if (held != null && held.containsKey(recordId) && held.get(recordId).locked()) {
      return held.get(recordId).key();
    }
    Optional<byte[]> key =
        jdbc.sql("select record_key from ledger_record_key where record_id = ? for update")
            .param(recordId)
            .query((rs, i) -> rs.getBytes(1))
            .optional();
    if (key.isPresent()) {
      hold(recordId, key.get(), true);
      return key.get();
    }
    if (count(
            "select (select count(*) from ledger_erasure where record_id = :id)"
                + " + (select count(*) from ledger_commitment where record_id = :id)",
            recordId)
        > 0) {
      throw new IllegalStateException("record " + recordId + " was erased: its key is gone");
    }
    byte[] created = LeafCommitments.newRecordKey(random);
    jdbc.sql("insert into ledger_record_key (record_id, record_key, created_at) values (?, ?, ?)")
        .params(recordId, created, Timestamp.from(clock.instant()))
        .update();
    hold(recordId, created, true);
    return created;
  }

  /** Deletes a record's key, locking out writers; tells whether there was one. */
  boolean delete(String recordId) {
    Map<String, Held> held = held();
    if (held != null) {
      held.remove(recordId);
    }
    return jdbc.sql("delete from ledger_record_key where record_id = ?").param(recordId).update()
        > 0;
  }

  private long count(String sql, String recordId) {
    return jdbc.sql(sql).param("id", recordId).query(Long.class).single();
  }

  private @Nullable Map<String, Held> held() {
    return scoped.map(RecordKeys.class.getName());
  }

  private void hold(String recordId, byte[] key, boolean locked) {
    Map<String, Held> held = held();
    if (held != null && !(held.containsKey(recordId) && held.get(recordId).locked())) {
      held.put(recordId, new Held(key, locked));
    }
  }
}
