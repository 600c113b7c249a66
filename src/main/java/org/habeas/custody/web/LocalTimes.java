package org.habeas.custody.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times in the messages of custody pages (errors, refusals) as the pages show them: in the
 * facility's zone, to the minute, the zone named ("2026-12-07 09:12 (Asia/Almaty)"), in the format
 * of the templates' {@code @fmt.at}, which Java code outside the system module cannot reach.
 */
final class LocalTimes {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private LocalTimes() {}

  /** The instant in the zone, to the minute, with the zone named. */
  static String named(Instant instant, ZoneId zone) {
    return MINUTES.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }
}
