package org.habeas.system;

import java.time.ZoneId;
import java.util.Locale;

/** An administrative region (oblast or city of republican significance, or a police force area). */
public record Region(String code, String nameEn, String nameRu, String nameKk, ZoneId zone) {

  /** The region's name in the viewer's language, English when there is none. */
  public String name(Locale locale) {
    return switch (locale.getLanguage()) {
      case "ru" -> nameRu;
      case "kk" -> nameKk;
      default -> nameEn;
    };
  }
}
