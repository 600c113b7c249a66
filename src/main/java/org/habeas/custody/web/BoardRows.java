package org.habeas.custody.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.DetentionClock.Level;
import org.habeas.custody.RecordStatus;
import org.habeas.custody.RecordSummary;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Role;
import org.springframework.stereotype.Component;

/** The lines of the custody board: who, where, since when, and how near the legal limit. */
@Component
class BoardRows {

  /** One line of the board. */
  public record Row(
      String id,
      String name,
      String facilityName,
      ZonedDateTime apprehendedAt,
      ZonedDateTime limitAt,
      long minutesHeld,
      long limitMinutes,
      String level,
      boolean open,
      boolean juvenile,
      boolean foreignNational,
      String jurisdiction) {}

  private final CustodyRecords records;
  private final Facilities facilities;
  private final Clock clock;

  BoardRows(CustodyRecords records, Facilities facilities, Clock clock) {
    this.records = records;
    this.facilities = facilities;
    this.clock = clock;
  }

  List<Row> of(Actor me, List<RecordSummary> list) {
    var names = records.shownNames(me, list);
    var all = facilities.all();
    var now = clock.instant();
    return list.stream()
        .map(
            r -> {
              var f = all.stream().filter(x -> x.id().equals(r.facilityId())).findFirst();
              var zone = f.map(Facility::zone).orElse(ZoneOffset.UTC);
              var open = r.status() == RecordStatus.OPEN;
              var end = open ? now : r.closedAt() == null ? now : r.closedAt();
              long held = Duration.between(r.apprehendedAt(), end).toMinutes();
              long limit = Duration.between(r.apprehendedAt(), r.limitAt()).toMinutes();
              return new Row(
                  r.id(),
                  names.getOrDefault(r.id(), CustodyRecords.pseudonym(r.id())),
                  f.map(Facility::name).orElse(r.facilityId()),
                  r.apprehendedAt().atZone(zone),
                  r.limitAt().atZone(zone),
                  held,
                  limit,
                  level(open, held, limit).name().toLowerCase(Locale.ROOT),
                  open,
                  r.juvenile(),
                  r.foreignNational(),
                  r.jurisdiction().code());
            })
        .toList();
  }

  boolean mayOpen(Actor me) {
    return me.is(Role.CUSTODY_OFFICER);
  }

  private static Level level(boolean open, long held, long limit) {
    if (!open) {
      return Level.CLOSED;
    }
    if (held > limit) {
      return Level.RED;
    }
    return held * 4 >= limit * 3 ? Level.AMBER : Level.GREEN;
  }
}
