package org.habeas.safeguards.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The delivery log: what is to be sent, what was, what failed and when it is tried again. */
@Component
public class Deliveries {

  private final JdbcClient jdbc;

  Deliveries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void enqueue(long alertId, String channel, String target, Instant now) {
    insert(alertId, channel, target, "PENDING", now, null, now);
  }

  /** Records that a channel was not used, and why (e.g. no mail server configured). */
  void skip(long alertId, String channel, String target, String why, Instant now) {
    insert(alertId, channel, target, "SKIPPED", null, why, now);
  }

  private void insert(
      long alertId,
      String channel,
      String target,
      String status,
      @Nullable Instant next,
      @Nullable String error,
      Instant now) {
    jdbc.sql(
            "insert into alert_delivery (alert_id, channel, target, status, attempts,"
                + " next_attempt_at, last_error, created_at, updated_at)"
                + " values (?, ?, ?, ?, 0, ?, ?, ?, ?)")
        .params(
            Arrays.<@Nullable Object>asList(
                alertId,
                channel,
                target,
                status,
                Alerts.ts(next),
                error,
                Alerts.ts(now),
                Alerts.ts(now)))
        .update();
  }

  /** The deliveries due, locked for this transaction; those another instance holds are skipped. */
  List<Delivery> claim(Instant now, int limit) {
    return jdbc.sql(
            "select * from alert_delivery where status = 'PENDING' and next_attempt_at <= ?"
                + " order by next_attempt_at, id fetch first ? rows only for update skip locked")
        .params(Alerts.ts(now), limit)
        .query(Deliveries::delivery)
        .list();
  }

  void sent(Delivery d, Instant now) {
    jdbc.sql(
            "update alert_delivery set status = 'SENT', attempts = ?, next_attempt_at = null,"
                + " last_error = null, updated_at = ? where id = ?")
        .params(d.attempts() + 1, Alerts.ts(now), d.id())
        .update();
  }

  /** A failed attempt: tried again after a doubling wait, or given up after the last attempt. */
  void failed(Delivery d, String error, AlertSettings settings, Instant now) {
    int attempts = d.attempts() + 1;
    boolean giveUp = attempts >= settings.maxAttempts();
    var wait = backoff(settings, attempts);
    jdbc.sql(
            "update alert_delivery set status = ?, attempts = ?, next_attempt_at = ?,"
                + " last_error = ?, updated_at = ? where id = ?")
        .params(
            Arrays.<@Nullable Object>asList(
                giveUp ? "FAILED" : "PENDING",
                attempts,
                giveUp ? null : Alerts.ts(now.plus(wait)),
                error.length() > 2000 ? error.substring(0, 2000) : error,
                Alerts.ts(now),
                d.id()))
        .update();
  }

  /** A page of the log, newest first. */
  public List<Delivery> page(int offset, int limit) {
    return jdbc.sql("select * from alert_delivery order by id desc limit ? offset ?")
        .params(limit, offset)
        .query(Deliveries::delivery)
        .list();
  }

  public long count() {
    return jdbc.sql("select count(*) from alert_delivery").query(Long.class).single();
  }

  /** The deliveries of one alert, oldest first. */
  public List<Delivery> of(long alertId) {
    return jdbc.sql("select * from alert_delivery where alert_id = ? order by id")
        .param(alertId)
        .query(Deliveries::delivery)
        .list();
  }

  private static Delivery delivery(ResultSet rs, int row) throws SQLException {
    return new Delivery(
        rs.getLong("id"),
        rs.getLong("alert_id"),
        rs.getString("channel"),
        rs.getString("target"),
        rs.getString("status"),
        rs.getInt("attempts"),
        Alerts.instant(rs.getTimestamp("next_attempt_at")),
        rs.getString("last_error"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  /** The wait after the given number of failed attempts: the first wait, doubled each time. */
  static Duration backoff(AlertSettings settings, int attempts) {
    return settings.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
  }
}
