package org.habeas.custody.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The person's language and citizenship in words, as the record page shows them. */
final class PersonNames {

  private PersonNames() {}

  /** A language code in words, in the reader's language ("ru" → "Russian"); else the code. */
  static @Nullable String language(@Nullable String code, Locale locale) {
    if (code == null || code.isBlank()) {
      return null;
    }
    var name = Locale.forLanguageTag(code.strip()).getDisplayLanguage(locale);
    return name.isBlank() || name.equalsIgnoreCase(code.strip()) ? code : name;
  }

  /** A country code in words, in the reader's language ("KZ" → "Kazakhstan"); else the code. */
  static @Nullable String country(@Nullable String code, Locale locale) {
    if (code == null || code.isBlank()) {
      return null;
    }
    var name = Locale.of("", code.strip()).getDisplayCountry(locale);
    return name.isBlank() || name.equalsIgnoreCase(code.strip()) ? code : name;
  }
}
