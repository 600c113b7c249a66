package org.habeas.statistics.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Night as the {@code kz} profile counts it for {@code kz.no-night-interrogation}: 22:00 to 06:00
 * in the facility's own zone, by the tz database. A questioning is a night questioning when any
 * part of it falls in that window.
 */
public final class NightWindow {

  public static final LocalTime FROM = LocalTime.of(22, 0);
  public static final LocalTime TO = LocalTime.of(6, 0);

  private NightWindow() {}

  /** Whether the questioning from {@code start} to {@code end} reaches into the night. */
  public static boolean atNight(Instant start, Instant end, ZoneId zone) {
    return inWindow(start.atZone(zone).toLocalTime()) || end.isAfter(nightFrom(start, zone));
  }

  /** The first instant at or after {@code t} that is in the night window. */
  static Instant nightFrom(Instant t, ZoneId zone) {
    ZonedDateTime local = t.atZone(zone);
    LocalTime time = local.toLocalTime();
    if (inWindow(time)) {
      return t;
    }
    LocalDate date = local.toLocalDate();
    if (!time.isBefore(FROM)) {
      date = date.plusDays(1);
    }
    return ZonedDateTime.of(date, FROM, zone).toInstant();
  }

  static boolean inWindow(LocalTime time) {
    return !time.isBefore(FROM) || time.isBefore(TO);
  }
}
