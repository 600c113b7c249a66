package org.habeas.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordsTest {

  static final Locale RU = Locale.forLanguageTag("ru");
  static final Locale KK = Locale.forLanguageTag("kk");

  final IcuMessageSource messages = IcuMessageSource.of("i18n/complaints", "i18n/formats");
  final Words words = new Words(messages, new Formats(messages));

  @Test
  void showsStoredCodesOfAComplaintAsWords() {
    assertThat(words.field("complaint", "complainantRole", RU)).isEqualTo("Кто подаёт жалобу");
    assertThat(words.value("complaint", "complainantRole", "LAWYER", RU)).isEqualTo("адвокат");
    assertThat(words.field("complaint", "status", KK)).isNotEqualTo("status");
    assertThat(words.value("complaint", "status", "UNDER_EXAMINATION", RU))
        .isEqualTo("На рассмотрении");
    assertThat(words.value("complaint", "stillHeld", true, KK)).isEqualTo("иә");
    assertThat(words.value("complaint", "incidentDate", "2026-12-07", Locale.ENGLISH))
        .isEqualTo("7 Dec 2026");
  }

  @Test
  void leavesFreeTextAsWritten() {
    assertThat(words.value("complaint", "note", "Called the family", RU))
        .isEqualTo("Called the family");
    assertThat(words.field("complaint", "someNewField", Locale.ENGLISH))
        .isEqualTo("some new field");
  }
}
