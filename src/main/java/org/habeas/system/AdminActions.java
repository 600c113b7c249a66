package org.habeas.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit of every administrator's action: who, when, what kind, on what, and what changed.
 * Append-only in the database (V24_1). Never a password, never detainee data: the detail names the
 * fields that changed and their new values as the administrator set them.
 */
@Component
public class AdminActions {

  /** What an administrator did. */
  public enum Kind {
    USER_CREATED,
    USER_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    PASSWORD_RESET,
    FACILITY_CREATED,
    FACILITY_CHANGED,
    REGION_CREATED,
    REGION_CHANGED,
    PROFILE_PUBLISHED,
    RECORD_ERASED,
    AUDIT_EXPORTED,
    CAMERA_REGISTERED
  }

  /** One action as the audit shows it. */
  public record Action(
      long id, Instant at, String username, Kind kind, String subject, @Nullable String detail) {}

  /**
   * What the audit list is narrowed to; each part may be absent.
   *
   * @param who the user's name, exactly
   * @param kind one kind of action
   * @param from the first instant shown
   * @param to the instant after the last shown
   */
  public record Filter(
      @Nullable String who, @Nullable Kind kind, @Nullable Instant from, @Nullable Instant to) {}

  private static final int DETAIL = 2000;

  private final JdbcClient jdbc;
  private final Clock clock;

  AdminActions(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records an action of {@code who}, now. */
  public void record(Actor who, Kind kind, String subject, @Nullable String detail) {
    var d = detail == null || detail.length() <= DETAIL ? detail : detail.substring(0, DETAIL);
    jdbc.sql(
            "insert into admin_action (at, username, kind, subject, detail) values (?, ?, ?, ?, ?)")
        .params(
            Arrays.<@Nullable Object>asList(
                Timestamp.from(clock.instant()),
                who.username(),
                kind.name(),
                subject.length() > 200 ? subject.substring(0, 200) : subject,
                d))
        .update();
  }

  /** A page of actions matching the filter, newest first. */
  public List<Action> page(Filter f, int offset, int limit) {
    var params = new ArrayList<Object>();
    var where = where(f, params);
    params.add(limit);
    params.add(offset);
    return jdbc.sql("select * from admin_action" + where + " order by id desc limit ? offset ?")
        .params(params)
        .query(
            (rs, i) ->
                new Action(
                    rs.getLong("id"),
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("username"),
                    Kind.valueOf(rs.getString("kind")),
                    rs.getString("subject"),
                    rs.getString("detail")))
        .list();
  }

  public long count(Filter f) {
    var params = new ArrayList<Object>();
    var where = where(f, params);
    return jdbc.sql("select count(*) from admin_action" + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  private static String where(Filter f, List<Object> params) {
    var clauses = new ArrayList<String>();
    if (f.who() != null) {
      clauses.add("username = ?");
      params.add(f.who());
    }
    if (f.kind() != null) {
      clauses.add("kind = ?");
      params.add(f.kind().name());
    }
    if (f.from() != null) {
      clauses.add("at >= ?");
      params.add(Timestamp.from(f.from()));
    }
    if (f.to() != null) {
      clauses.add("at < ?");
      params.add(Timestamp.from(f.to()));
    }
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }
}
