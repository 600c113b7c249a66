package org.habeas.safeguards.alerts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.habeas.system.Actor;

/**
 * The SQL condition on {@code alert} for an actor and a filter: the actor's scope (the same rule as
 * {@link Alerts#receives}) and the filter's parts. "Today" is the facility's day, so the condition
 * names each zone the actor's alerts are in with the end of its day.
 */
record AlertQuery(String sql, List<Object> params) {

  Object[] with(Object... more) {
    var all = new ArrayList<>(params);
    all.addAll(List.of(more));
    return all.toArray();
  }

  static AlertQuery scope(Actor actor) {
    return switch (actor.role()) {
      case MONITOR, ADMIN -> new AlertQuery("1 = 1", List.of());
      case PROSECUTOR ->
          new AlertQuery(
              "region_code = ?", List.of(actor.regionCode() == null ? "" : actor.regionCode()));
      default -> new AlertQuery("1 = 0", List.of());
    };
  }

  /**
   * The actor's alerts narrowed by the filter.
   *
   * @param zones the zones of the actor's alerts (for "today")
   */
  static AlertQuery of(Actor actor, AlertFilter f, Instant now, List<ZoneId> zones) {
    var base = scope(actor);
    var sql = new StringBuilder(base.sql());
    var params = new ArrayList<>(base.params());
    if (f.status() != null) {
      sql.append(" and status = ?");
      params.add(f.status().name());
    }
    if (f.facilityId() != null) {
      sql.append(" and facility_id = ?");
      params.add(f.facilityId());
    }
    if (f.ruleId() != null) {
      sql.append(" and rule_id = ?");
      params.add(f.ruleId());
    }
    if (f.due() != null) {
      var at = AlertStore.ts(now);
      switch (f.due()) {
        case OVERDUE -> {
          sql.append(" and (due_at < ? or (due_at is null and kind = 'BREACHED'))");
          params.add(at);
        }
        case TODAY -> {
          params.add(at);
          sql.append(" and due_at >= ? and ").append(endOfDay(zones, "<", params, now));
        }
        case LATER -> sql.append(" and ").append(endOfDay(zones, ">=", params, now));
      }
    }
    return new AlertQuery(sql.toString(), params);
  }

  /** {@code due_at <op> the end of the facility's day}, zone by zone. */
  private static String endOfDay(List<ZoneId> zones, String op, List<Object> params, Instant now) {
    if (zones.isEmpty()) {
      return "1 = 0";
    }
    var sql = new StringBuilder("(");
    for (var zone : zones) {
      var end = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
      if (sql.length() > 1) {
        sql.append(" or ");
      }
      sql.append("(zone = ? and due_at ").append(op).append(" ?)");
      params.add(zone.getId());
      params.add(Timestamp.from(end));
    }
    return sql.append(')').toString();
  }
}
