package org.habeas.system;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A place where people are held or brought: a police department, a temporary detention facility, a
 * custody suite. Its zone counts "night" and "per day" for the safeguards.
 *
 * <p>The data carries its own translations: {@code names} holds the name per language ({@code kk},
 * {@code ru}, {@code en}); {@link #name()} gives the one of the current request's language, so
 * every page shows it in the reader's language, and {@code defaultName} where there is none (or no
 * request: mails, jobs and the API keep the default).
 *
 * @param defaultName the name where a language has none of its own
 * @param names the name per language code; may lack any of them
 */
public record Facility(
    String id,
    String defaultName,
    String kind,
    String regionCode,
    ZoneId zone,
    String jurisdiction,
    Map<String, String> names) {

  /** The kinds of place administrators choose from. */
  public static final List<String> KINDS =
      List.of(
          "police-department", "temporary-detention-facility", "remand-prison", "custody-suite");

  public Facility {
    names = Map.copyOf(names);
  }

  /** A facility with only its default name. */
  public Facility(
      String id, String name, String kind, String regionCode, ZoneId zone, String jurisdiction) {
    this(id, name, kind, regionCode, zone, jurisdiction, Map.of());
  }

  /** The name in the current request's language, else the default name. */
  public String name() {
    var context = LocaleContextHolder.getLocaleContext();
    var locale = context == null ? null : context.getLocale();
    return locale == null ? defaultName : name(locale);
  }

  /** The name in that language, else the default name. */
  public String name(Locale locale) {
    return names.getOrDefault(locale.getLanguage(), defaultName);
  }
}
