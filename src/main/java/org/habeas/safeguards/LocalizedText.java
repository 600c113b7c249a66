package org.habeas.safeguards;

import java.util.Locale;

/**
 * A text in the three languages Habeas speaks from its first page.
 *
 * @param kk Kazakh
 * @param ru Russian
 * @param en English, also the fallback for any other language
 */
public record LocalizedText(String kk, String ru, String en) {

  /** The text in the locale's language, English when Habeas does not speak it. */
  public String in(Locale locale) {
    return switch (locale.getLanguage()) {
      case "kk" -> kk;
      case "ru" -> ru;
      default -> en;
    };
  }
}
