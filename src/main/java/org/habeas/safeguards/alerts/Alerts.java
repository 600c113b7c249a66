package org.habeas.safeguards.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.habeas.safeguards.LocalizedText;
import org.habeas.system.Actor;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert inbox: alerts raised once each, seen by the prosecutors of the facility's region and by
 * monitors, acknowledged with a note and resolved. Each change is appended to the alert's history.
 */
@Component
public class Alerts {

  private final JdbcClient jdbc;
  private final Clock clock;

  Alerts(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One change of an alert's state, as its history keeps it. */
  public record Change(
      AlertStatus status, @Nullable String by, @Nullable String note, Instant at) {}

  /**
   * Stores the alert unless one with the same key exists; returns its id only if this call stored
   * it (so only the instance that raised it sends it).
   */
  Optional<Long> raise(String key, Alert a) {
    int inserted =
        jdbc.sql(
                "insert into alert (dedup_key, record_id, pseudonym, rule_id, kind, title_en,"
                    + " title_ru, title_kk, basis, started_at, due_at, facility_id, region_code,"
                    + " zone, raised_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, 'OPEN') on conflict do nothing")
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
    if (inserted == 0) {
      return Optional.empty();
    }
    long id =
        jdbc.sql("select id from alert where dedup_key = ?").param(key).query(Long.class).single();
    append(id, AlertStatus.OPEN, null, null, a.raisedAt());
    return Optional.of(id);
  }

  /** The alert, whoever receives it: for the sending of it. */
  Optional<Alert> get(long id) {
    return jdbc.sql("select * from alert where id = ?").param(id).query(Alerts::alert).optional();
  }

  /** The alert, if the actor receives it. */
  public Optional<Alert> find(Actor actor, long id) {
    return get(id).filter(a -> receives(actor, a));
  }

  /** The alert's history, oldest first. */
  public List<Change> history(long id) {
    return jdbc.sql("select * from alert_event where alert_id = ? order by id")
        .param(id)
        .query(
            (rs, i) ->
                new Change(
                    AlertStatus.valueOf(rs.getString("status")),
                    rs.getString("by_user"),
                    rs.getString("note"),
                    rs.getTimestamp("at").toInstant()))
        .list();
  }

  /** The actor has seen the alert and says what they do about it. */
  @Transactional
  public Alert acknowledge(Actor actor, long id, @Nullable String note) {
    var problem = noteProblem(note);
    if (problem != null) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", List.of(problem));
    }
    return change(actor, id, AlertStatus.ACKNOWLEDGED, Objects.requireNonNull(note).strip());
  }

  /**
   * The actor acknowledges several alerts with one note, all or none: each is checked as a single
   * acknowledgement is, and the first refused (not received, already resolved) refuses them all.
   *
   * @return how many alerts were acknowledged
   * @throws Problem 400 naming every field at fault (an empty selection, a missing note), 403, 404
   *     or 409 as {@link #acknowledge} answers for the alert refused
   */
  @Transactional
  public int acknowledgeAll(Actor actor, List<Long> ids, @Nullable String note) {
    var problems = new ArrayList<Problem.FieldProblem>();
    var distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
    if (distinct.isEmpty()) {
      problems.add(new Problem.FieldProblem("ids", "alerts.noneSelected"));
    } else if (distinct.size() > MAX_BULK) {
      problems.add(new Problem.FieldProblem("ids", "field.Size", 1, MAX_BULK));
    }
    var problem = noteProblem(note);
    if (problem != null) {
      problems.add(problem);
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    for (long id : distinct) {
      change(actor, id, AlertStatus.ACKNOWLEDGED, Objects.requireNonNull(note).strip());
    }
    return distinct.size();
  }

  /** The most alerts acknowledged at once: a page of the API's largest size. */
  public static final int MAX_BULK = Paging.MAX_SIZE;

  private static Problem.@Nullable FieldProblem noteProblem(@Nullable String note) {
    if (note == null || note.isBlank()) {
      return new Problem.FieldProblem("note", "field.NotBlank");
    }
    if (note.strip().length() > 2000) {
      return new Problem.FieldProblem("note", "field.Size", 1, 2000);
    }
    return null;
  }

  /** The matter is dealt with; the alert leaves the open list. */
  @Transactional
  public Alert resolve(Actor actor, long id, @Nullable String note) {
    var n = note == null || note.isBlank() ? null : note.strip();
    if (n != null && n.length() > 2000) {
      throw Problem.badField("note", "field.Size", 1, 2000);
    }
    return change(actor, id, AlertStatus.RESOLVED, n);
  }

  /** Whether the actor's role acts on alerts at all (acknowledges, resolves). */
  public static boolean mayAct(Actor actor) {
    return actor.is(Role.PROSECUTOR) || actor.is(Role.MONITOR);
  }

  /**
   * The one access decision for changing an alert, single or in bulk: the role acts on alerts, the
   * actor receives this one, and it is not resolved yet.
   */
  private Alert change(Actor actor, long id, AlertStatus to, @Nullable String note) {
    if (!mayAct(actor)) {
      throw Problem.forbidden("alerts.forbidden");
    }
    var alert = find(actor, id).orElseThrow(() -> Problem.notFound("alerts.notFound"));
    if (alert.status() == AlertStatus.RESOLVED) {
      throw new Problem(Problem.Kind.CONFLICT, "alerts.alreadyResolved", List.of());
    }
    var now = clock.instant();
    jdbc.sql("update alert set status = ? where id = ?").params(to.name(), id).update();
    append(id, to, actor.username(), note, now);
    return find(actor, id).orElseThrow();
  }

  private void append(
      long id, AlertStatus status, @Nullable String by, @Nullable String note, Instant at) {
    jdbc.sql("insert into alert_event (alert_id, status, by_user, note, at) values (?, ?, ?, ?, ?)")
        .params(Arrays.<@Nullable Object>asList(id, status.name(), by, note, ts(at)))
        .update();
  }

  /** Prosecutors receive their region's alerts, monitors and administrators all of them. */
  static boolean receives(Actor actor, Alert a) {
    return switch (actor.role()) {
      case MONITOR, ADMIN -> true;
      case PROSECUTOR -> actor.regionCode() != null && actor.regionCode().equals(a.regionCode());
      default -> false;
    };
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
