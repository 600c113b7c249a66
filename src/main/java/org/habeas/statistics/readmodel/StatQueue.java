package org.habeas.statistics.readmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The projection's queue of records to project again, its lock, and the little state it keeps
 * (whether the backfill ran).
 */
@Component
class StatQueue {

  private static final String ENQUEUE =
      """
      insert into stat_pending (record_id, queued_at) values (?, ?)""";
  private static final String PENDING =
      """
      select record_id, max(id) as last_id from stat_pending group by record_id
       order by min(id) fetch first ? rows only""";
  private static final String DEQUEUE =
      """
      delete from stat_pending where record_id = ? and id <= ?""";
  private static final String COUNT =
      """
      select count(*) from stat_pending""";
  private static final String LOCK =
      """
      select state_value from stat_state where name = 'lock' for update""";
  private static final String STATE =
      """
      select state_value from stat_state where name = ?""";
  private static final String UPDATE_STATE =
      """
      update stat_state set state_value = ? where name = ?""";
  private static final String INSERT_STATE =
      """
      insert into stat_state (name, state_value) values (?, ?)""";

  private final JdbcClient jdbc;

  StatQueue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Queues a record to be projected again (in the caller's transaction). */
  void enqueue(String recordId, Instant now) {
    jdbc.sql(ENQUEUE).params(recordId, Timestamp.from(now)).update();
  }

  /** Queued records, oldest first, each with the highest queue id seen for it. */
  List<Map.Entry<String, Long>> pending(int limit) {
    return jdbc.sql(PENDING)
        .param(limit)
        .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list();
  }

  void dequeue(String recordId, long upTo) {
    jdbc.sql(DEQUEUE).params(recordId, upTo).update();
  }

  long pendingCount() {
    return jdbc.sql(COUNT).query(Long.class).single();
  }

  /** Locks the projection for this transaction: one drain at a time across instances. */
  void lock() {
    jdbc.sql(LOCK).query((rs, i) -> 1).list();
  }

  Optional<String> state(String name) {
    return jdbc.sql(STATE)
        .param(name)
        .query((rs, i) -> Optional.ofNullable(rs.getString(1)))
        .optional()
        .flatMap(o -> o);
  }

  void setState(String name, String value) {
    if (jdbc.sql(UPDATE_STATE).params(value, name).update() == 0) {
      jdbc.sql(INSERT_STATE).params(name, value).update();
    }
  }
}
