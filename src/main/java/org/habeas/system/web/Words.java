package org.habeas.system.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Stored codes as words in the reader's language, for pages that show data as it was stored (the
 * timeline of a complaint: {@code ${@words.field('complaint', d.key)}} and {@code
 * ${@words.value('complaint', d.key, d.value)}}), so that no field name or enum constant reaches a
 * reader as code.
 */
@Component("words")
public class Words {

  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,40}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final MessageSource messages;
  private final Formats fmt;

  public Words(MessageSource messages, Formats fmt) {
    this.messages = messages;
    this.fmt = fmt;
  }

  /**
   * The name of a field: the message {@code <prefix>.field.<key>}, else {@code <prefix>.<key>},
   * else the key's words ("custodySeq" as "custody seq").
   */
  public String field(String prefix, String key) {
    return field(prefix, key, LocaleContextHolder.getLocale());
  }

  /** {@link #field(String, String)} in a given language. */
  public String field(String prefix, String key, Locale locale) {
    var named = first(locale, prefix + ".field." + key, prefix + "." + key);
    return named != null
        ? named
        : String.join(" ", key.split("(?=[A-Z])")).toLowerCase(Locale.ROOT);
  }

  /**
   * A value: yes or no for a truth value, a day written as the language writes it, a code by the
   * message {@code <prefix>.<key>.<code>} ("complaint.status.UNDER_EXAMINATION"), else as stored.
   */
  public String value(String prefix, String key, @Nullable Object value) {
    return value(prefix, key, value, LocaleContextHolder.getLocale());
  }

  /** {@link #value(String, String, Object)} in a given language. */
  public String value(String prefix, String key, @Nullable Object value, Locale locale) {
    if (value == null) {
      return "—";
    }
    if (value instanceof Boolean b) {
      return messages.getMessage(b ? "fmt.yes" : "fmt.no", null, locale);
    }
    var text = String.valueOf(value);
    if (DAY.matcher(text).matches()) {
      try {
        return fmt.date(LocalDate.parse(text), locale);
      } catch (DateTimeParseException e) {
        return text;
      }
    }
    if (CODE.matcher(text).matches()) {
      var named = first(locale, prefix + "." + key + "." + text);
      if (named != null) {
        return named;
      }
    }
    return text;
  }

  private @Nullable String first(Locale locale, String... codes) {
    for (var code : codes) {
      var text = messages.getMessage(code, null, null, locale);
      if (text != null) {
        return text;
      }
    }
    return null;
  }
}
