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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
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

  MonitoringLog(JdbcClient jdbc, MerkleLog ledger, JsonMapper json) {
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
    int seq =
        jdbc.sql("select coalesce(max(seq), 0) + 1 from mon_event where stream_id = ?")
            .param(streamId)
            .query(Integer.class)
            .single();
    try {
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
    } catch (DuplicateKeyException e) {
      throw new org.habeas.system.ApiProblem(409, "monitoring.conflict", java.util.List.of());
    }
    ledger.commit(
        new LedgerEvent(
            streamId, seq, "monitoring." + type, occurredAt, station, actor.username(), payload));
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
