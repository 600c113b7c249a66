package org.habeas.system.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Date-time formats for pages ({@code ${@fmt.at(instant, zone)}} in templates). */
@Component("fmt")
public class Formats {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** An instant in a zone, to the minute ("2026-11-29 14:05"). */
  public String at(@Nullable Instant instant, ZoneId zone) {
    return instant == null ? "" : MINUTES.format(instant.atZone(zone));
  }

  /** An instant in UTC, to the second, marked as UTC. */
  public String utc(@Nullable Instant instant) {
    return instant == null ? "" : SECONDS.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
  }

  /** The ISO form, for machine-readable attributes ({@code datetime=}, {@code data-since}). */
  public String iso(@Nullable Instant instant) {
    return instant == null ? "" : instant.toString();
  }
}
