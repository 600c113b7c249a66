package org.habeas.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.habeas.ledger.LedgerEvent;
import org.habeas.ledger.MerkleLog;
import org.habeas.system.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Numbers every change of a visit or recommendation in its stream and commits it to the
 * tamper-evident log, in the transaction that stores the change. The row keeps the type without its
 * {@code monitoring.} prefix and the payload as committed, so the verifier can check it.
 */
@Component
class MonitoringLog {

  private final JdbcClient jdbc;
  private final MerkleLog ledger;
  private final JsonMapper json;

  private final TransactionTemplate savepoint;

  MonitoringLog(
      JdbcClient jdbc, MerkleLog ledger, JsonMapper json, PlatformTransactionManager transactions) {
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.json = json;
  }

  /** Appends one event to the stream and commits it; returns its seq. */
  @Transactional(propagation = Propagation.MANDATORY)
  int append(
      String streamId,
      String type,
      Instant occurredAt,
      String station,
      Actor actor,
      Map<String, Object> payload) {
    // Two changes of one visit at once (a tapped answer still saving while the section is sent)
    // both read the same next seq; the later insert waits for the earlier and then fails on the
    // key. It is retried behind a savepoint with the next seq, rather than refusing the user.
    int seq = 0;
    for (int attempt = 1; seq == 0; attempt++) {
      try {
        seq = savepoint.execute(s -> insertNext(streamId, type, occurredAt, actor, payload));
      } catch (DuplicateKeyException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw org.habeas.system.Problem.conflict("monitoring.conflict");
        }
      }
    }
    ledger.commit(
        new LedgerEvent(
            streamId, seq, "monitoring." + type, occurredAt, station, actor.username(), payload));
    return seq;
  }

  /**
   * Each failed attempt means another writer landed an event on the stream, so the attempts a
   * writer needs are bounded by how many write at once; a few people on one visit never come near.
   */
  private static final int MAX_ATTEMPTS = 50;

  private int insertNext(
      String streamId, String type, Instant occurredAt, Actor actor, Map<String, Object> payload) {
    int seq =
        jdbc.sql("select coalesce(max(seq), 0) + 1 from mon_event where stream_id = ?")
            .param(streamId)
            .query(Integer.class)
            .single();
    jdbc.sql(
            "insert into mon_event (stream_id, seq, type, occurred_at, recorded_by, payload)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            streamId,
            seq,
            type,
            Timestamp.from(occurredAt),
            actor.username(),
            json.writeValueAsString(payload))
        .update();
    return seq;
  }

  /**
   * The keyed digest of a stream's confidential text (an interview's notes), for its event to
   * commit to without carrying it: the ledger's verifier checks the stored notes against it.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  String digest(String streamId, String text) {
    return ledger.digest(streamId, text);
  }

  /** How many events a stream has. */
  int size(String streamId) {
    return jdbc.sql("select count(*) from mon_event where stream_id = ?")
        .param(streamId)
        .query(Integer.class)
        .single();
  }
}
