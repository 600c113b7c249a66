package org.habeas.system.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.habeas.system.Actor;
import org.habeas.system.AuditTrail;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The audit's filter as the page and the export take it: who, kind, record, dates, and the zone the
 * dates and times are in; checked, and turned into the trail's filter.
 */
@Component
class AuditQueries {

  private final Facilities facilities;

  AuditQueries(Facilities facilities) {
    this.facilities = facilities;
  }

  /** The filter as the page's form sends it, bound field by field. */
  record Params(
      @Nullable String who,
      @Nullable String kind,
      @Nullable String record,
      @Nullable String from,
      @Nullable String to,
      @Nullable String zone) {}

  /** The filter as checked: blanks as none, and the zone named. */
  record Query(
      @Nullable String who,
      @Nullable String kind,
      @Nullable String record,
      @Nullable String from,
      @Nullable String to,
      String zone) {

    ZoneId zoneId() {
      return ZoneId.of(zone);
    }
  }

  /** The query of the form: the zone asked for, else the one most facilities are in, else UTC. */
  Query query(Actor me, Params p) {
    allowed(me);
    var zoneId = zone(p.zone());
    return new Query(
        blank(p.who()),
        blank(p.kind()),
        blank(p.record()),
        blank(p.from()),
        blank(p.to()),
        zoneId.getId());
  }

  AuditTrail.Filter filter(Actor me, Query q) {
    var zone = q.zoneId();
    var kinds = kinds(me);
    if (q.kind() != null && !kinds.contains(q.kind())) {
      throw Problem.badField("kind", "field.oneOf", String.join(", ", kinds));
    }
    Instant fromAt =
        q.from() == null ? null : date("from", q.from()).atStartOfDay(zone).toInstant();
    Instant toAt =
        q.to() == null ? null : date("to", q.to()).plusDays(1).atStartOfDay(zone).toInstant();
    return new AuditTrail.Filter(q.who(), q.kind(), q.record(), fromAt, toAt);
  }

  /** The kinds offered: the sources first, then each kind, as the actor may see them. */
  static List<String> kinds(Actor me) {
    var visible = AuditTrail.visibleTo(me);
    var kinds = new ArrayList<String>();
    for (var s : AuditTrail.Source.values()) {
      if (visible.contains(s)) {
        kinds.add(s.name());
      }
    }
    for (var k : AuditTrail.kinds()) {
      var source =
          k.startsWith("READ_")
              ? AuditTrail.Source.READ
              : k.startsWith("SIGN_IN_") ? AuditTrail.Source.SIGN_IN : AuditTrail.Source.ADMIN;
      if (visible.contains(source)) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw Problem.badField(field, "field.wrongType");
    }
  }

  /** The zone asked for, else the one most facilities are in, else UTC. */
  private ZoneId zone(@Nullable String zone) {
    if (zone != null && !zone.isBlank()) {
      try {
        return ZoneId.of(zone.strip());
      } catch (DateTimeException e) {
        throw Problem.badField("zone", "admin.facilities.badZone", zone.strip());
      }
    }
    return facilities.all().stream()
        .collect(Collectors.groupingBy(f -> f.zone(), Collectors.counting()))
        .entrySet()
        .stream()
        .max(
            Map.Entry.<ZoneId, Long>comparingByValue()
                .thenComparing(e -> e.getKey().getId(), Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(ZoneId.of("UTC"));
  }

  List<String> zones() {
    var zones = new TreeSet<String>();
    facilities.all().forEach(f -> zones.add(f.zone().getId()));
    zones.add("UTC");
    return List.copyOf(zones);
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String describe(Query q) {
    var parts = new ArrayList<String>();
    if (q.who() != null) parts.add("who=" + q.who());
    if (q.kind() != null) parts.add("kind=" + q.kind());
    if (q.record() != null) parts.add("record=" + q.record());
    if (q.from() != null) parts.add("from=" + q.from());
    if (q.to() != null) parts.add("to=" + q.to());
    parts.add("zone=" + q.zone());
    return String.join("; ", parts);
  }

  static void allowed(Actor me) {
    if (!me.is(Role.ADMIN) && !me.is(Role.MONITOR)) {
      throw new AccessDeniedException("audit");
    }
  }
}
