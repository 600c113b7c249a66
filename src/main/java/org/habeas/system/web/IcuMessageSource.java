package org.habeas.system.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The message bundles, formatted with ICU's {@link MessageFormat} instead of the JDK's, so that a
 * message can choose its words by plural category ({@code {0, plural, one {# случай} few {#
 * случая} many {# случаев} other {# случая}}}) as each language's rules need.
 *
 * <p>A message called without arguments is returned as written, as Spring does by default. ICU
 * reads apostrophes in {@code DOUBLE_OPTIONAL} mode: a lone {@code '} is a literal apostrophe, and
 * only {@code '{'} quotes a brace; messages write the typographic ’ to avoid the question.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

  private record Key(String pattern, Locale locale) {}

  // An ICU MessageFormat is not thread-safe: one per pattern and language, used under its lock.
  private final Map<Key, MessageFormat> formats = new ConcurrentHashMap<>();

  /** The bundles as the application reads them (UTF-8, no fallback to the server's language). */
  public static IcuMessageSource of(String... basenames) {
    var source = new IcuMessageSource();
    source.setBasenames(basenames);
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  @Override
  protected @Nullable String getMessageInternal(
      @Nullable String code, @Nullable Object @Nullable [] args, @Nullable Locale locale) {
    if (code == null || ObjectUtils.isEmpty(args)) {
      return super.getMessageInternal(code, args, locale);
    }
    var language = locale == null ? Locale.ENGLISH : locale;
    var pattern = super.getMessageInternal(code, null, language);
    return pattern == null ? null : formatMessage(pattern, args, language);
  }

  /**
   * Arguments as ICU should see them. Dates and times are written in the reader's language: a
   * {@link ZonedDateTime} in its own zone, named ("7 Dec 2026, 14:05 (Almaty time)"), so a message
   * about a place's time should be given one; a bare {@link Instant} in UTC, named as such. Other
   * {@code java.time} values ICU cannot format are given as text.
   */
  @Override
  protected Object[] resolveArguments(@Nullable Object @Nullable [] args, Locale locale) {
    var resolved = super.resolveArguments(args, locale);
    var readable = new Object[resolved.length];
    for (int i = 0; i < resolved.length; i++) {
      readable[i] = readable(resolved[i], locale);
    }
    return readable;
  }

  private @Nullable Object readable(@Nullable Object arg, Locale locale) {
    return switch (arg) {
      case Instant i -> DateTimes.format(DateTimes.MINUTES, i, ZoneOffset.UTC, locale) + " UTC";
      case ZonedDateTime z ->
          DateTimes.format(DateTimes.MINUTES, z.toInstant(), z.getZone(), locale)
              + " ("
              + DateTimes.zone(z.getZone(), locale, this)
              + ")";
      case OffsetDateTime o ->
          DateTimes.format(DateTimes.MINUTES, o.toInstant(), o.getOffset(), locale)
              + " UTC"
              + (o.getOffset().getTotalSeconds() == 0 ? "" : o.getOffset().getId());
      case LocalDate d ->
          DateTimes.format(
              DateTimes.DAY, d.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC, locale);
      case LocalDateTime t ->
          DateTimes.format(DateTimes.MINUTES, t.toInstant(ZoneOffset.UTC), ZoneOffset.UTC, locale);
      case TemporalAccessor t -> t.toString();
      case null -> null;
      default -> arg;
    };
  }

  @Override
  protected String formatMessage(String msg, @Nullable Object @Nullable [] args, Locale locale) {
    if (ObjectUtils.isEmpty(args)) {
      return msg;
    }
    var format =
        formats.computeIfAbsent(
            new Key(msg, locale),
            k -> new MessageFormat(k.pattern(), ULocale.forLocale(k.locale())));
    var readable = resolveArguments(args, locale);
    synchronized (format) {
      return format.format(readable);
    }
  }
}
