package org.habeas.safeguards.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The delivery log's table: one row per alert and channel target, with its attempts. */
@Repository
class DeliveryStore {

  private static final String INSERT =
      """
      insert into alert_delivery (alert_id, channel, target, status, attempts, next_attempt_at,
        last_error, created_at, updated_at)
      values (?, ?, ?, ?, 0, ?, ?, ?, ?)""";

  /** Rows another instance holds are skipped, so no delivery is sent twice at once. */
  private static final String CLAIM =
      """
      select * from alert_delivery where status = 'PENDING' and next_attempt_at <= ?
      order by next_attempt_at, id fetch first ? rows only for update skip locked""";

  private static final String SENT =
      """
      update alert_delivery set status = 'SENT', attempts = ?, next_attempt_at = null,
        last_error = null, updated_at = ? where id = ?""";

  private static final String ATTEMPTED =
      """
      update alert_delivery set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,
        updated_at = ? where id = ?""";

  private static final String PAGE =
      "select * from alert_delivery order by id desc limit ? offset ?";

  private static final String COUNT = "select count(*) from alert_delivery";

  private static final String OF_ALERT =
      "select * from alert_delivery where alert_id = ? order by id";

  private final JdbcClient jdbc;

  DeliveryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      long alertId,
      String channel,
      String target,
      String status,
      @Nullable Instant next,
      @Nullable String error,
      Instant now) {
    jdbc.sql(INSERT)
        .params(
            Arrays.<@Nullable Object>asList(
                alertId,
                channel,
                target,
                status,
                AlertStore.ts(next),
                error,
                AlertStore.ts(now),
                AlertStore.ts(now)))
        .update();
  }

  List<Delivery> claim(Instant now, int limit) {
    return jdbc.sql(CLAIM).params(AlertStore.ts(now), limit).query(DeliveryStore::delivery).list();
  }

  void sent(long id, int attempts, Instant now) {
    jdbc.sql(SENT).params(attempts, AlertStore.ts(now), id).update();
  }

  /** A failed attempt: still pending with its next attempt, or given up without one. */
  void attempted(
      long id, String status, int attempts, @Nullable Instant next, String error, Instant now) {
    jdbc.sql(ATTEMPTED)
        .params(
            Arrays.<@Nullable Object>asList(
                status, attempts, AlertStore.ts(next), error, AlertStore.ts(now), id))
        .update();
  }

  List<Delivery> page(int offset, int limit) {
    return jdbc.sql(PAGE).params(limit, offset).query(DeliveryStore::delivery).list();
  }

  long count() {
    return jdbc.sql(COUNT).query(Long.class).single();
  }

  List<Delivery> of(long alertId) {
    return jdbc.sql(OF_ALERT).param(alertId).query(DeliveryStore::delivery).list();
  }

  private static Delivery delivery(ResultSet rs, int row) throws SQLException {
    return new Delivery(
        rs.getLong("id"),
        rs.getLong("alert_id"),
        rs.getString("channel"),
        rs.getString("target"),
        rs.getString("status"),
        rs.getInt("attempts"),
        AlertStore.instant(rs.getTimestamp("next_attempt_at")),
        rs.getString("last_error"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }
}
