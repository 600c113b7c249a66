package org.habeas.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.habeas.ledger.LedgerEvent;
import org.habeas.ledger.MerkleLog;
import org.habeas.system.Actor;
import org.habeas.system.StreamAppends;
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

  private static final String NEXT_SEQ =
      "select coalesce(max(seq), 0) + 1 from mon_event where stream_id = ?";

  private static final String INSERT =
      """
      insert into mon_event (stream_id, seq, type, occurred_at, recorded_by, payload)
      values (?, ?, ?, ?, ?, ?)
      """;

  private static final String COUNT = "select count(*) from mon_event where stream_id = ?";

  private final JdbcClient jdbc;
  private final MerkleLog ledger;
  private final JsonMapper json;
  private final StreamAppends streams;

  MonitoringLog(JdbcClient jdbc, MerkleLog ledger, JsonMapper json, StreamAppends streams) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.json = json;
    this.streams = streams;
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
    // both read the same next seq: the later is landed at the seq after, rather than refusing the
    // user, since neither was decided on what the other wrote.
    return streams.landNext(
        "monitoring.conflict",
        () -> jdbc.sql(NEXT_SEQ).param(streamId).query(Integer.class).single(),
        seq ->
            jdbc.sql(INSERT)
                .params(
                    streamId,
                    seq,
                    type,
                    Timestamp.from(occurredAt),
                    actor.username(),
                    json.writeValueAsString(payload))
                .update(),
        seq ->
            ledger.commit(
                new LedgerEvent(
                    streamId,
                    seq,
                    "monitoring." + type,
                    occurredAt,
                    station,
                    actor.username(),
                    payload)));
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
    return jdbc.sql(COUNT).param(streamId).query(Integer.class).single();
  }
}
