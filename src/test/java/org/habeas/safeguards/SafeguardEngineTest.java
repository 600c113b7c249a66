package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.PENDING;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The engine as a whole: the instant judged, corrections, zones, and what it promises callers. */
class SafeguardEngineTest extends SafeguardsFixtures {

  @Test
  void eventsAfterTheInstantDoNotCount() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"), relativeNotifiedAt("2026-03-02T20:00+05:00"));

    var before = judge(kz(), record, "2026-03-02T19:00+05:00");
    var after = judge(kz(), record, "2026-03-02T21:00+05:00");

    assertThat(only(before, "kz.relatives-notified-12h").status()).isEqualTo(PENDING);
    assertThat(only(after, "kz.relatives-notified-12h").status()).isEqualTo(MET);
  }

  @Test
  void beforeTheApprehensionThereIsNothing() {
    var e = judge(kz(), given(apprehendedAt("2026-03-02T10:00+05:00")), "2026-03-02T09:00+05:00");

    assertThat(e.obligations()).isEmpty();
    assertThat(e.nextDueAt()).isNull();
    assertThat(e.detentionLimit()).isNull();
  }

  @Test
  void theCorrectedEventCountsNotTheOriginal() {
    // Typed as 20:00 (in time), corrected to 23:00 (after the 12 h): the correction counts.
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            relativeNotifiedAt("2026-03-02T20:00+05:00"),
            correctionAt(
                "2026-03-03T09:00+05:00", 2, relativeNotifiedAt("2026-03-02T23:00+05:00")));

    var o = only(judge(kz(), record, "2026-03-03T10:00+05:00"), "kz.relatives-notified-12h");

    assertThat(o.status()).isEqualTo(ObligationStatus.LATE);
    assertThat(o.metAt()).isEqualTo(at("2026-03-02T23:00+05:00"));
    assertThat(o.seqs()).containsExactly(1, 2);
  }

  @Test
  void aCorrectedApprehensionMovesEveryClock() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            correctionAt("2026-03-02T12:00+05:00", 1, apprehendedAt("2026-03-02T08:00+05:00")));

    var o = only(judge(kz(), record, "2026-03-02T12:00+05:00"), "kz.court-within-48h");

    assertThat(o.dueAt()).isEqualTo(at("2026-03-04T08:00+05:00"));
  }

  @Test
  void eventsMayComeInAnyOrder() {
    var record =
        new ArrayList<>(
            given(
                apprehendedAt("2026-03-02T10:00+05:00"),
                arrivedAt("2026-03-02T10:30+05:00", TDF),
                protocolAt("2026-03-02T11:00+05:00")));
    Collections.reverse(record);

    assertThat(
            only(judge(kz(), record, "2026-03-02T12:00+05:00"), "kz.detention-protocol-3h")
                .status())
        .isEqualTo(MET);
  }

  @Test
  void nextDueAtIsTheEarliestPendingDeadline() {
    var record =
        given(apprehendedAt("2026-03-02T10:00+05:00"), rightsExplainedAt("2026-03-02T10:10+05:00"));

    var e = judge(kz(), record, "2026-03-02T11:00+05:00");

    // Relatives (12 h) fall due before the court (48 h) and the open-too-long maximum (72 h).
    assertThat(e.nextDueAt()).isEqualTo(at("2026-03-02T22:00+05:00"));
    assertThat(SafeguardEngine.nextDueAt(record, kz(), ZONES, at("2026-03-02T22:00+05:00")))
        .contains(at("2026-03-04T10:00+05:00"));
  }

  @Test
  void unconfirmedRulesAreFlagged() {
    var e = judge(kz(), given(apprehendedAt("2026-03-02T10:00+05:00")), "2026-03-02T11:00+05:00");

    assertThat(only(e, "kz.relatives-notified-12h").unconfirmed()).isTrue();
    assertThat(only(e, "kz.consul-notified-24h").unconfirmed()).isFalse();
    assertThat(kz().rule("kz.no-night-interrogation").orElseThrow().unconfirmed()).isTrue();
  }

  @Test
  void everyObligationCarriesItsBasisAndConfidence() {
    var e = judge(ew(), given(arrestedAt("2026-03-02T10:00Z")), "2026-03-02T11:00Z");

    assertThat(e.obligations()).allSatisfy(o -> assertThat(o.basis()).isNotBlank());
    assertThat(only(e, "ew.limit-24h").basis()).isEqualTo("PACE s.41");
    assertThat(only(e, "ew.limit-24h").confidence()).isEqualTo(Confidence.H);
  }

  @Test
  void oneZoneForAWholeRecordIsEnough() {
    var record = given(apprehendedAt("2026-03-02T10:00+05:00"));

    var e =
        SafeguardEngine.evaluate(
            record, kz(), ZoneId.of("Asia/Almaty"), at("2026-03-04T11:00+05:00"));

    assertThat(only(e, "kz.court-within-48h").status()).isEqualTo(BREACHED);
  }

  @Test
  void aRecordMustStartWithAnApprehension() {
    var record = given(arrivedAt("2026-03-02T10:00+05:00", TDF));

    assertThatThrownBy(() -> judge(kz(), record, "2026-03-02T11:00+05:00"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
