package org.habeas.safeguards.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.habeas.safeguards.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Repository;

/** The alerts' tables: the alert, raised once per key, and its history of changes. */
@Repository
class AlertStore {

  private static final String INSERT_ALERT =
      """
      insert into alert (dedup_key, record_id, pseudonym, rule_id, kind, title_en, title_ru,
        title_kk, basis, started_at, due_at, facility_id, region_code, zone, raised_at, status)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN') on conflict do nothing""";

  private static final String ID_OF_KEY = "select id from alert where dedup_key = ?";

  private static final String ALERT = "select * from alert where id = ?";

  private static final String HISTORY = "select * from alert_event where alert_id = ? order by id";

  private static final String SET_STATUS = "update alert set status = ? where id = ?";

  private static final String INSERT_EVENT =
      "insert into alert_event (alert_id, status, by_user, note, at) values (?, ?, ?, ?, ?)";

  private final JdbcClient jdbc;

  AlertStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the alert under the key; 0 if one with the same key exists, else 1. */
  int insert(String key, Alert a) {
    return jdbc.sql(INSERT_ALERT)
        .params(
            Arrays.<@Nullable Object>asList(
                key,
                a.recordId(),
                a.pseudonym(),
                a.ruleId(),
                a.kind().name(),
                a.title().en(),
                a.title().ru(),
                a.title().kk(),
                a.basis(),
                ts(a.startedAt()),
                ts(a.dueAt()),
                a.facilityId(),
                a.regionCode(),
                a.zone().getId(),
                ts(a.raisedAt())))
        .update();
  }

  long idOf(String key) {
    return jdbc.sql(ID_OF_KEY).param(key).query(Long.class).single();
  }

  Optional<Alert> find(long id) {
    return jdbc.sql(ALERT).param(id).query(AlertStore::alert).optional();
  }

  List<Alerts.Change> history(long id) {
    return jdbc.sql(HISTORY)
        .param(id)
        .query(
            (rs, i) ->
                new Alerts.Change(
                    AlertStatus.valueOf(rs.getString("status")),
                    rs.getString("by_user"),
                    rs.getString("note"),
                    rs.getTimestamp("at").toInstant()))
        .list();
  }

  void setStatus(long id, AlertStatus to) {
    jdbc.sql(SET_STATUS).params(to.name(), id).update();
  }

  void insertEvent(
      long id, AlertStatus status, @Nullable String by, @Nullable String note, Instant at) {
    jdbc.sql(INSERT_EVENT)
        .params(Arrays.<@Nullable Object>asList(id, status.name(), by, note, ts(at)))
        .update();
  }

  static Alert alert(ResultSet rs, int row) throws SQLException {
    return new Alert(
        rs.getLong("id"),
        rs.getString("record_id"),
        rs.getString("pseudonym"),
        rs.getString("rule_id"),
        AlertKind.valueOf(rs.getString("kind")),
        new LocalizedText(
            rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
        rs.getString("basis"),
        instant(rs.getTimestamp("started_at")),
        instant(rs.getTimestamp("due_at")),
        rs.getString("facility_id"),
        rs.getString("region_code"),
        ZoneId.of(rs.getString("zone")),
        rs.getTimestamp("raised_at").toInstant(),
        AlertStatus.valueOf(rs.getString("status")));
  }

  static @Nullable Instant instant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  /**
   * To the microsecond, as both databases store it: a parameter with nanoseconds would compare
   * unequal to the same instant stored (and rounded) a moment earlier.
   */
  @Contract("null -> null; !null -> !null")
  static @Nullable Timestamp ts(@Nullable Instant i) {
    return i == null ? null : Timestamp.from(i.truncatedTo(ChronoUnit.MICROS));
  }
}
