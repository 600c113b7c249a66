package org.habeas.system.web;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.text.TimeZoneFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;

/** Dates and times in a language's own form, by CLDR skeleton, through ICU. */
final class DateTimes {

  static final String MINUTES = "yMMMdHHmm";
  static final String SECONDS = "yMMMdHHmmss";
  static final String DAY = "yMMMd";

  private static final Map<String, SimpleDateFormat> FORMATS = new ConcurrentHashMap<>();

  private static final Instant FIRST_DATE = Instant.ofEpochMilli(Long.MIN_VALUE);
  private static final Instant LAST_DATE = Instant.ofEpochMilli(Long.MAX_VALUE);

  private DateTimes() {}

  /** An instant in a zone, in the form the skeleton asks for ({@link #MINUTES} and so on). */
  static String format(String skeleton, Instant instant, ZoneId zone, Locale locale) {
    var language = uLocale(locale);
    var id = icuZone(zone);
    var prototype =
        FORMATS.computeIfAbsent(
            skeleton + "|" + language + "|" + id,
            k -> {
              var f =
                  new SimpleDateFormat(
                      DateTimePatternGenerator.getInstance(language).getBestPattern(skeleton),
                      language);
              f.setTimeZone(TimeZone.getTimeZone(id));
              return f;
            });
    // A Date holds ±292 million years; an instant beyond (a year typed as 999999999) is shown as
    // the ISO form in UTC rather than failing the page or the error that reports it.
    if (instant.isBefore(FIRST_DATE) || instant.isAfter(LAST_DATE)) {
      return instant.truncatedTo(ChronoUnit.MINUTES).toString();
    }
    // ICU formats are not thread-safe: each use formats with its own copy.
    return ((SimpleDateFormat) prototype.clone()).format(Date.from(instant));
  }

  /** A zone's name: its message {@code fmt.zone.<id>} if there is one, else ICU's name. */
  static String zone(ZoneId zone, Locale locale, MessageSource messages) {
    var id = icuZone(zone);
    var named = messages.getMessage("fmt.zone." + id, null, null, locale);
    if (named != null) {
      return named;
    }
    // The generic name ("France Time") does not change with the date; any instant will do.
    return TimeZoneFormat.getInstance(uLocale(locale))
        .format(TimeZoneFormat.Style.GENERIC_LOCATION, TimeZone.getTimeZone(id), 0L);
  }

  /** The tz database name ICU knows the zone by; UTC by that name. */
  private static String icuZone(ZoneId zone) {
    var id = zone.normalized().getId();
    return "Z".equals(id) || "Etc/UTC".equals(id) ? "UTC" : id;
  }

  /** The language's own conventions; English the British way (day first, 24 hours). */
  static ULocale uLocale(Locale locale) {
    return "en".equals(locale.getLanguage()) && locale.getCountry().isEmpty()
        ? ULocale.UK
        : ULocale.forLocale(locale);
  }
}
