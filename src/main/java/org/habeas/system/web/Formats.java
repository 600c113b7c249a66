package org.habeas.system.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times and durations for people, in the viewer's language ({@code ${@fmt.at(instant,
 * zone)}} in templates): one form per language, always in the zone of the place, with the zone
 * named ("7 Dec 2026, 14:05 (Almaty time)", "7 дек. 2026 г., 14:05 (время Алматы)", "2026 ж. 7
 * жел., 14:05 (Алматы уақыты)"). Machine-readable forms stay ISO ({@link #iso}).
 *
 * <p>The patterns come from CLDR through ICU, by skeleton, so each language orders day, month and
 * year its own way; English is written the British way (day first, 24 hours), as in the UK and in
 * Kazakhstan's English documents.
 */
@Component("fmt")
public class Formats {

  private static final String MINUTES = DateTimes.MINUTES;
  private static final String SECONDS = DateTimes.SECONDS;
  private static final String DAY = DateTimes.DAY;

  private final MessageSource messages;

  public Formats(MessageSource messages) {
    this.messages = messages;
  }

  /** An instant in a place's zone, to the minute, with the zone named; UTC if no place is known. */
  public String at(@Nullable Instant instant, @Nullable ZoneId zone) {
    return at(instant, zone, locale());
  }

  /** {@link #at(Instant, ZoneId)} in a given language. */
  public String at(@Nullable Instant instant, @Nullable ZoneId zone, Locale locale) {
    var where = zone == null ? ZoneOffset.UTC : zone;
    return instant == null
        ? ""
        : format(MINUTES, instant, where, locale) + " (" + zone(where, locale) + ")";
  }

  /** An instant in a place's zone, to the minute, without the zone (where a heading names it). */
  public String time(@Nullable Instant instant, ZoneId zone) {
    return instant == null ? "" : format(MINUTES, instant, zone, locale());
  }

  /**
   * An instant in UTC, to the second, named as UTC: for technical logs (sign-ins, the ledger),
   * where no place's zone applies.
   */
  public String utc(@Nullable Instant instant) {
    return utc(instant, locale());
  }

  /** {@link #utc(Instant)} in a given language. */
  public String utc(@Nullable Instant instant, Locale locale) {
    return instant == null
        ? ""
        : format(SECONDS, instant, ZoneOffset.UTC, locale) + " " + zone(ZoneOffset.UTC, locale);
  }

  /** The day of an instant in a place's zone (UTC if no place is known), without the time. */
  public String day(@Nullable Instant instant, @Nullable ZoneId zone) {
    return instant == null
        ? ""
        : format(DAY, instant, zone == null ? ZoneOffset.UTC : zone, locale());
  }

  /** A calendar day ("7 Dec 2026", "7 дек. 2026 г.", "2026 ж. 7 жел."). */
  public String date(@Nullable LocalDate day) {
    return date(day, locale());
  }

  /** {@link #date(LocalDate)} in a given language. */
  public String date(@Nullable LocalDate day, Locale locale) {
    return day == null
        ? ""
        : format(DAY, day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC, locale);
  }

  /**
   * A span of time as people say it: whole days as days ("2 days", "2 суток"), else hours and
   * minutes, each with its unit ("4 h 26 min", "4 ч 26 мин", "4 сағ 26 мин").
   */
  public String duration(@Nullable Duration span) {
    return duration(span, locale());
  }

  /** {@link #duration(Duration)} in a given language. */
  public String duration(@Nullable Duration span, Locale locale) {
    if (span == null) {
      return "";
    }
    var d = span.abs();
    if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
      return message("fmt.duration.days", locale, d.toDays());
    }
    long hours = d.toHours();
    int minutes = d.toMinutesPart();
    if (hours == 0) {
      return message("fmt.duration.minutes", locale, minutes);
    }
    return minutes == 0
        ? message("fmt.duration.hours", locale, hours)
        : message("fmt.duration.hm", locale, hours, String.format(Locale.ROOT, "%02d", minutes));
  }

  /** The name of a zone in the viewer's language ("Almaty time", "время Алматы"). */
  public String zone(ZoneId zone) {
    return zone(zone, locale());
  }

  /** {@link #zone(ZoneId)} in a given language: a message if there is one, else ICU's name. */
  public String zone(ZoneId zone, Locale locale) {
    return DateTimes.zone(zone, locale, messages);
  }

  /** The ISO form, for machine-readable attributes ({@code datetime=}, {@code data-since}). */
  public String iso(@Nullable Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  private static String format(String skeleton, Instant instant, ZoneId zone, Locale locale) {
    return DateTimes.format(skeleton, instant, zone, locale);
  }

  private String message(String code, Locale locale, Object... args) {
    return messages.getMessage(code, args, code, locale);
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
