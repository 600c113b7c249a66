package org.habeas.training;

import java.util.List;
import java.util.Locale;

/**
 * A course: a HELP course of the Council of Europe or a national academy's programme.
 *
 * @param code a short stable code, e.g. {@code HELP-ILLTREAT}
 * @param provider {@code HELP} or {@code NATIONAL}
 * @param subject one of {@link #SUBJECTS}: what coverage counts the course towards
 * @param format one of {@link #FORMATS}
 * @param languages the languages it is given in, e.g. {@code [kk, ru]}
 */
public record Course(
    String id,
    String code,
    String titleEn,
    String titleRu,
    String titleKk,
    String provider,
    String subject,
    String format,
    List<String> languages,
    int durationHours) {

  public static final List<String> PROVIDERS = List.of("HELP", "NATIONAL");
  public static final List<String> SUBJECTS =
      List.of(
          "ill-treatment", "cpt-standards", "procedural-safeguards", "data-protection", "other");
  public static final List<String> FORMATS =
      List.of("self-study", "tutored", "blended", "in-person");

  /** The title in the given language, English when there is none. */
  public String title(Locale locale) {
    return title(locale.getLanguage());
  }

  public String title(String language) {
    return switch (language) {
      case "ru" -> titleRu;
      case "kk" -> titleKk;
      default -> titleEn;
    };
  }

  public boolean help() {
    return "HELP".equals(provider);
  }
}
