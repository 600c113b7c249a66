package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.habeas.custody.Apprehended;
import org.habeas.custody.CustodyRuleViolation;
import org.habeas.custody.DetentionExtended;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.Person;
import org.junit.jupiter.api.Test;

/**
 * Dates a record can hold (issue 14, findings 8 and 9): an extension until the year 999999999 was
 * stored and broke every later showing of the record; a birth date in the future was taken.
 */
class EventBoundsTest extends CustodyTest {

  private static final String APPREHENDED = "2026-03-01T22:15+05:00";

  @Test
  void refusesAnExtensionUntilTheYear999999999() {
    var given = given(apprehendedAt(APPREHENDED));
    var absurd =
        new DetentionExtended(
            at("2026-03-02T20:00+05:00"),
            Instant.parse("+999999999-12-31T23:59:59Z"),
            "Prosecutor Abenov",
            "senior counsellor",
            "exceptional grounds");

    CustodyRuleViolation refusal = refusalOf(given, absurd);

    assertThat(refusal.rule()).isEqualTo(CustodyRuleViolation.OUT_OF_BOUNDS);
    assertThat(refusal.code()).isEqualTo("custody.rule.extension-too-long");
    assertThat(refusal.field()).isEqualTo("until");
  }

  @Test
  void anExtensionRunsAtMostFourteenDaysFromTheApprehension() {
    var given = given(apprehendedAt(APPREHENDED));

    assertThatCode(
            () -> append(given, extendedAt("2026-03-02T20:00+05:00", "2026-03-15T22:15+05:00")))
        .doesNotThrowAnyException();
    assertThat(
            refusalOf(given, extendedAt("2026-03-02T20:00+05:00", "2026-03-15T22:16+05:00"))
                .field())
        .isEqualTo("until");
  }

  @Test
  void nothingHappenedBefore1900() {
    var refusal =
        refusalOf(
            List.of(),
            new Apprehended(
                Instant.parse("1899-12-31T23:59:59Z"),
                TDF,
                adult(),
                "caught in the act",
                null,
                null,
                Jurisdiction.KZ));

    assertThat(refusal.rule()).isEqualTo(CustodyRuleViolation.OUT_OF_BOUNDS);
    assertThat(refusal.code()).isEqualTo("custody.rule.too-early");
    assertThat(refusal.field()).isEqualTo("occurredAt");
  }

  @Test
  void noOneIsBornAfterTheirApprehension() {
    var refusal = refusalOf(List.of(), apprehended(bornOn("2026-03-03")));

    assertThat(refusal.code()).isEqualTo("custody.rule.born-after-apprehension");
    assertThat(refusal.field()).isEqualTo("person.birthDate");
    // A newborn taken with its mother is born on the day, in whatever zone.
    assertThatCode(() -> append(List.of(), apprehended(bornOn("2026-03-02"))))
        .doesNotThrowAnyException();
  }

  @Test
  void noOneIsOlderThan120() {
    var refusal = refusalOf(List.of(), apprehended(bornOn("1905-05-17")));

    assertThat(refusal.code()).isEqualTo("custody.rule.born-too-long-ago");
    assertThat(refusal.field()).isEqualTo("person.birthDate");
    assertThatCode(() -> append(List.of(), apprehended(bornOn("1907-05-17"))))
        .doesNotThrowAnyException();
  }

  @Test
  void aCorrectionsReplacementIsHeldToTheSameBounds() {
    var given = given(apprehendedAt(APPREHENDED));

    var refusal =
        refusalOf(
            given, correctionAt("2026-03-02T10:00+05:00", 1, apprehended(bornOn("2030-01-01"))));

    assertThat(refusal.field()).isEqualTo("replacement.person.birthDate");
  }

  private static Person bornOn(String day) {
    return new Person("Aidos Serikbayev", LocalDate.parse(day), null, "KZ", "kk");
  }

  private static Apprehended apprehended(Person person) {
    return apprehended(APPREHENDED, person, Jurisdiction.KZ);
  }
}
