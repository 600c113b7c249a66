package org.habeas.ledger.store;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.habeas.ledger.CustodyLeaf.ErasureNotice;
import org.habeas.ledger.ErasureDecision;
import org.habeas.ledger.LeafCommitments;
import org.habeas.ledger.RecordErasure;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lawful erasure (docs/design/ledger-research.md §7.7): destroys a record's key and openings, keeps
 * the decision, and queues the erasure-notice leaf, all in one transaction. The log itself is not
 * touched, so every proof stays valid; the notice tells monitors that the missing openings were
 * erased lawfully.
 */
@Component
public class Erasures {

  private final JdbcClient jdbc;
  private final RecordKeys keys;
  private final Outbox outbox;
  private final SecureRandom random = new SecureRandom();

  Erasures(JdbcClient jdbc, RecordKeys keys, Outbox outbox) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.outbox = outbox;
  }

  /**
   * Erases a record, in the caller's transaction.
   *
   * @throws IllegalStateException if some event of the record is still waiting for its leaf (the
   *     notice must name every leaf), or the record was already erased
   */
  public RecordErasure erase(ErasureDecision decision) {
    String recordId = decision.recordId();
    // Deleting the key first takes its row lock, so no event of the record is written meanwhile.
    keys.delete(recordId);
    if (count("select count(*) from ledger_pending where record_id = ?", recordId) > 0) {
      throw new IllegalStateException("record " + recordId + " has events not yet logged");
    }
    if (find(recordId).isPresent()) {
      throw new IllegalStateException("record " + recordId + " is already erased");
    }
    List<Long> refs = refs(recordId);
    jdbc.sql("delete from ledger_opening where record_id = ?").param(recordId).update();
    byte[] decisionKey = LeafCommitments.newRecordKey(random);
    Instant at = decision.erasedAt();
    jdbc.sql(
            "insert into ledger_erasure (record_id, reason, erased_by, erased_at, decision_key)"
                + " values (?, ?, ?, ?, ?)")
        .params(recordId, decision.reason(), decision.erasedBy(), Timestamp.from(at), decisionKey)
        .update();
    ErasureNotice notice =
        new ErasureNotice(at.toEpochMilli(), decision.commitment(decisionKey), refs);
    outbox.enqueue(notice.encode(), recordId, null, at);
    return new RecordErasure(recordId, decision.reason(), decision.erasedBy(), at, refs, null);
  }

  /** Returns a record's erasure, if it was erased, with the notice's leaf once logged. */
  public Optional<RecordErasure> find(String recordId) {
    return state(recordId).erasure();
  }

  /**
   * A record's erasure, if it was erased, and otherwise its key, if it has one: both from one read.
   */
  public record State(Optional<RecordErasure> erasure, byte @Nullable [] key) {}

  /** Reads a record's erasure decision and its key in one statement (the notice's leaf after). */
  public State state(String recordId) {
    byte[][] key = new byte[1][];
    Decision found =
        jdbc.sql(
                "select e.reason, e.erased_by, e.erased_at, k.record_key"
                    + " from (select cast(? as varchar(36)) as id) r"
                    + " left join ledger_erasure e on e.record_id = r.id"
                    + " left join ledger_record_key k on k.record_id = r.id")
            .param(recordId)
            .query(
                (rs, i) -> {
                  key[0] = rs.getBytes(4);
                  return rs.getString(1) == null
                      ? NOT_ERASED
                      : new Decision(
                          rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant());
                })
            .single();
    if (found == NOT_ERASED) {
      return new State(Optional.empty(), key[0]);
    }
    Optional<Long> notice =
        jdbc.sql(
                "select leaf_index from ledger_leaf where record_id = ? and seq is null"
                    + " order by leaf_index fetch first 1 rows only")
            .param(recordId)
            .query(Long.class)
            .optional();
    return new State(
        Optional.of(
            new RecordErasure(
                recordId,
                found.reason,
                found.erasedBy,
                found.erasedAt,
                refs(recordId),
                notice.orElse(null))),
        null);
  }

  private record Decision(String reason, String erasedBy, Instant erasedAt) {}

  private static final Decision NOT_ERASED = new Decision("", "", Instant.EPOCH);

  private List<Long> refs(String recordId) {
    return jdbc.sql(
            "select leaf_index from ledger_leaf where record_id = ? and seq is not null"
                + " order by leaf_index")
        .param(recordId)
        .query((rs, n) -> rs.getLong(1))
        .list();
  }

  private long count(String sql, String recordId) {
    return jdbc.sql(sql).param(recordId).query(Long.class).single();
  }
}
