package org.habeas.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class IcuMessageSourceTest {

  static final Locale RU = Locale.forLanguageTag("ru");
  static final Locale KK = Locale.forLanguageTag("kk");

  final IcuMessageSource messages = IcuMessageSource.of("i18n/statistics", "i18n/system");

  @Test
  void choosesTheRussianPluralFormByTheNumber() {
    assertThat(summary(1, RU)).contains("записан 1 случай лишения свободы");
    assertThat(summary(3, RU)).contains("записано 3 случая лишения свободы");
    assertThat(summary(221, RU)).contains("записан 221 случай лишения свободы");
    assertThat(summary(25, RU)).contains("записано 25 случаев лишения свободы");
    assertThat(summary(11, RU)).contains("записано 11 случаев");
    assertThat(summary(23, RU)).contains("23 допроса продолжались");
  }

  @Test
  void choosesTheEnglishPluralFormByTheNumber() {
    assertThat(summary(1, Locale.ENGLISH)).contains("1 deprivation of liberty was recorded");
    assertThat(summary(2, Locale.ENGLISH)).contains("2 deprivations of liberty were recorded");
  }

  @Test
  void writesKazakhNumbersWithoutPlurals() {
    assertThat(summary(221, KK)).contains("221 жағдайы");
  }

  @Test
  void groupsLargeNumbersTheWayTheLanguageDoes() {
    assertThat(messages.getMessage("list.total", new Object[] {12345}, Locale.ENGLISH))
        .isEqualTo("12,345 in all");
    assertThat(messages.getMessage("list.total", new Object[] {12345}, RU))
        .isEqualTo("Всего: 12\u00a0345");
  }

  @Test
  void returnsAMessageWithoutArgumentsAsWritten() {
    assertThat(messages.getMessage("stats.kpi.records", null, RU)).isEqualTo("Задержания");
  }

  @Test
  void fallsBackToEnglishNotToTheServersLanguage() {
    var german = Locale.GERMAN;
    assertThat(messages.getMessage("list.total", new Object[] {3}, german)).isEqualTo("3 in all");
  }

  @Test
  void writesTimesInTheReadersLanguageAndTheirZone() {
    var source = IcuMessageSource.of("i18n/custody", "i18n/formats");
    var at = java.time.Instant.parse("2026-12-07T09:05:42.269506976Z");
    var almaty = at.atZone(java.time.ZoneId.of("Asia/Almaty"));
    assertThat(
            source.getMessage(
                "custody.rule.no-interrogation-in-progress", new Object[] {almaty}, RU))
        .isEqualTo(
            "В 7 дек. 2026\u202fг., 14:05 (время Алматы) нет идущего допроса, который можно окончить.");
    assertThat(
            source.getMessage(
                "custody.rule.no-interrogation-in-progress", new Object[] {at}, Locale.ENGLISH))
        .isEqualTo("No questioning is in progress at 7 Dec 2026, 09:05 UTC to end.");
    assertThat(source.getMessage("no.such.code", new Object[] {at}, "{0}", Locale.ENGLISH))
        .isEqualTo("7 Dec 2026, 09:05 UTC");
  }

  private String summary(long records, Locale locale) {
    return messages.getMessage(
        "stats.report.summaryText",
        new Object[] {2026, records, "4 ч 26 мин", "20 ч 05 мин", records == 1 ? 1 : 23},
        locale);
  }
}
