package org.habeas.system;

import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** An administrative region (oblast or city of republican significance, or a police force area). */
public record Region(String code, String nameEn, String nameRu, String nameKk, ZoneId zone) {

  /** The region's name in the viewer's language, English when there is none. */
  public String name(Locale locale) {
    var name =
        switch (locale.getLanguage()) {
          case "ru" -> nameRu;
          case "kk" -> nameKk;
          default -> nameEn;
        };
    return name == null || name.isBlank() ? nameEn : name;
  }

  /**
   * The name in the current request's language (English without a request), as templates show it.
   */
  public String name() {
    var context = LocaleContextHolder.getLocaleContext();
    var locale = context == null ? null : context.getLocale();
    return locale == null ? nameEn : name(locale);
  }
}
