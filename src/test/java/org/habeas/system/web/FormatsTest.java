package org.habeas.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

  static final Instant AT = Instant.parse("2026-12-07T09:05:42Z");
  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  static final Locale EN = Locale.ENGLISH;
  static final Locale RU = Locale.forLanguageTag("ru");
  static final Locale KK = Locale.forLanguageTag("kk");

  final Formats fmt = new Formats(IcuMessageSource.of("i18n/formats"));

  @Test
  void showsAMomentInThePlacesZoneTheWayEachLanguageWritesIt() {
    assertThat(fmt.at(AT, ALMATY, EN)).isEqualTo("7 Dec 2026, 14:05 (Almaty time)");
    assertThat(fmt.at(AT, ALMATY, RU)).isEqualTo("7 дек. 2026\u202fг., 14:05 (время Алматы)");
    assertThat(fmt.at(AT, ALMATY, KK)).isEqualTo("2026\u202fж. 7 жел., 14:05 (Алматы уақыты)");
  }

  @Test
  void namesEveryZoneEvenWithoutAMessage() {
    assertThat(fmt.at(AT, ZoneId.of("Europe/London"), EN))
        .isEqualTo("7 Dec 2026, 09:05 (London time)");
    assertThat(fmt.zone(ZoneId.of("Europe/Paris"), EN)).isEqualTo("France Time");
    assertThat(fmt.zone(ZoneId.of("Europe/Paris"), KK)).isEqualTo("Франция уақыты");
  }

  @Test
  void marksTechnicalTimesAsUtcToTheSecond() {
    assertThat(fmt.utc(AT, EN)).isEqualTo("7 Dec 2026, 09:05:42 UTC");
    assertThat(fmt.utc(AT, RU)).isEqualTo("7 дек. 2026\u202fг., 09:05:42 UTC");
    assertThat(fmt.utc(null, RU)).isEmpty();
  }

  @Test
  void writesDaysInEachLanguage() {
    var day = LocalDate.of(2026, 12, 7);
    assertThat(fmt.date(day, EN)).isEqualTo("7 Dec 2026");
    assertThat(fmt.date(day, RU)).isEqualTo("7 дек. 2026\u202fг.");
    assertThat(fmt.date(day, KK)).isEqualTo("2026\u202fж. 7 жел.");
  }

  @Test
  void writesDurationsWithTheirUnits() {
    var span = Duration.ofHours(4).plusMinutes(26);
    assertThat(fmt.duration(span, EN)).isEqualTo("4 h 26 min");
    assertThat(fmt.duration(span, RU)).isEqualTo("4 ч 26 мин");
    assertThat(fmt.duration(span, KK)).isEqualTo("4 сағ 26 мин");
    assertThat(fmt.duration(Duration.ofMinutes(65), RU)).isEqualTo("1 ч 05 мин");
    assertThat(fmt.duration(Duration.ofMinutes(30), EN)).isEqualTo("30 min");
    assertThat(fmt.duration(Duration.ofHours(3), KK)).isEqualTo("3 сағ");
    assertThat(fmt.duration(Duration.ofHours(48), EN)).isEqualTo("2 days");
    assertThat(fmt.duration(Duration.ofDays(1), RU)).isEqualTo("1 сутки");
    assertThat(fmt.duration(Duration.ofDays(4), RU)).isEqualTo("4 суток");
  }

  @Test
  void keepsTheMachineFormIso() {
    assertThat(fmt.iso(AT)).isEqualTo("2026-12-07T09:05:42Z");
  }
}
