package org.habeas.safeguards.alerts;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import org.habeas.safeguards.LocalizedText;
import org.habeas.system.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The alert inbox as its reader sees it: the alerts the actor receives ({@link Alerts#receives}),
 * filtered, paged, grouped by record, and what the filter offers.
 */
@Component
public class AlertInbox {

  private final JdbcClient jdbc;
  private final Clock clock;

  AlertInbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A page of the alerts the actor receives, newest first; all statuses when none is given. */
  public List<Alert> page(Actor actor, @Nullable AlertStatus status, int offset, int limit) {
    return page(actor, AlertFilter.status(status), offset, limit);
  }

  public long count(Actor actor, @Nullable AlertStatus status) {
    return count(actor, AlertFilter.status(status));
  }

  /** A page of the alerts the actor receives that the filter lets through, newest first. */
  public List<Alert> page(Actor actor, AlertFilter filter, int offset, int limit) {
    var where = where(actor, filter);
    return jdbc.sql(
            "select * from alert where "
                + where.sql()
                + " order by raised_at desc, id desc"
                + " limit ? offset ?")
        .params(where.with(limit, offset))
        .query(Alerts::alert)
        .list();
  }

  public long count(Actor actor, AlertFilter filter) {
    var where = where(actor, filter);
    return jdbc.sql("select count(*) from alert where " + where.sql())
        .params(where.params())
        .query(Long.class)
        .single();
  }

  /**
   * A page of records with the alerts the filter lets through, grouped: records with a breach
   * first, then by the earliest deadline; in each group the worst alert first.
   */
  public List<AlertGroup> groups(Actor actor, AlertFilter filter, int offset, int limit) {
    var where = where(actor, filter);
    var records =
        jdbc.sql(
                "select record_id from alert where "
                    + where.sql()
                    + " group by record_id order by max(case when kind = 'BREACHED' then 1 else 0"
                    + " end) desc, case when min(due_at) is null then 0 else 1 end, min(due_at),"
                    + " record_id limit ? offset ?")
            .params(where.with(limit, offset))
            .query(String.class)
            .list();
    if (records.isEmpty()) {
      return List.of();
    }
    var marks = String.join(", ", Collections.nCopies(records.size(), "?"));
    var alerts =
        jdbc.sql(
                "select * from alert where "
                    + where.sql()
                    + " and record_id in ("
                    + marks
                    + ") order by case when kind = 'BREACHED' then 0 else 1 end, case status when"
                    + " 'OPEN' then 0 when 'ACKNOWLEDGED' then 1 else 2 end, case when due_at is"
                    + " null then 0 else 1 end, due_at, id")
            .params(where.with(records.toArray()))
            .query(Alerts::alert)
            .list();
    var byRecord = new LinkedHashMap<String, List<Alert>>();
    records.forEach(r -> byRecord.put(r, new ArrayList<>()));
    alerts.forEach(a -> byRecord.computeIfAbsent(a.recordId(), r -> new ArrayList<>()).add(a));
    return byRecord.values().stream()
        .map(list -> new AlertGroup(list.getFirst().recordId(), list.getFirst().pseudonym(), list))
        .toList();
  }

  /** How many records have alerts the filter lets through. */
  public long groupCount(Actor actor, AlertFilter filter) {
    var where = where(actor, filter);
    return jdbc.sql("select count(distinct record_id) from alert where " + where.sql())
        .params(where.params())
        .query(Long.class)
        .single();
  }

  /** A rule that raised alerts the actor receives, with its title in kk/ru/en. */
  public record RuleTitle(String id, LocalizedText title) {}

  /** The rules of the actor's alerts, for the inbox's filter. */
  public List<RuleTitle> rules(Actor actor) {
    var scope = AlertQuery.scope(actor);
    return jdbc.sql(
            "select rule_id, min(title_kk) kk, min(title_ru) ru, min(title_en) en from alert"
                + " where "
                + scope.sql()
                + " group by rule_id order by rule_id")
        .params(scope.params())
        .query(
            (rs, i) ->
                new RuleTitle(
                    rs.getString("rule_id"),
                    new LocalizedText(rs.getString("kk"), rs.getString("ru"), rs.getString("en"))))
        .list();
  }

  /** The facilities of the actor's alerts, for the inbox's filter. */
  public List<String> facilityIds(Actor actor) {
    var scope = AlertQuery.scope(actor);
    return jdbc.sql(
            "select distinct facility_id from alert where " + scope.sql() + " order by facility_id")
        .params(scope.params())
        .query((rs, n) -> rs.getString(1))
        .list();
  }

  private AlertQuery where(Actor actor, AlertFilter filter) {
    List<ZoneId> zones = List.of();
    if (filter.due() == AlertFilter.Due.TODAY || filter.due() == AlertFilter.Due.LATER) {
      var scope = AlertQuery.scope(actor);
      zones =
          jdbc
              .sql("select distinct zone from alert where " + scope.sql())
              .params(scope.params())
              .query(String.class)
              .list()
              .stream()
              .map(ZoneId::of)
              .toList();
    }
    return AlertQuery.of(actor, filter, clock.instant(), zones);
  }
}
