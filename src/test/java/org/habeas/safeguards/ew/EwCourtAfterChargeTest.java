package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * PACE s.46: charged and refused bail, the person is brought before the first court sitting after
 * charge, modelled as by the end of the next weekday after the day of charge (London time).
 */
class EwCourtAfterChargeTest extends SafeguardsFixtures {

  private static final String RULE = "ew.court-after-charge";

  @Test
  void chargedOnFridayEveningTheCourtOnMondayIsInTime() {
    var record =
        given(
            arrestedAt("2026-03-06T18:00Z"),
            arrivedAt("2026-03-06T18:30Z", SUITE),
            chargedAt("2026-03-06T23:00Z"),
            broughtBeforeCourtAt("2026-03-09T10:00Z"));

    var o = only(judge(ew(), record, "2026-03-09T12:00Z"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.startedAt()).isEqualTo(at("2026-03-06T23:00Z"));
    assertThat(o.dueAt()).isEqualTo(at("2026-03-10T00:00Z"));
  }

  @Test
  void overTheWeekendItIsPendingAndTheClockCountsToMonday() {
    var record =
        given(
            arrestedAt("2026-03-06T18:00Z"),
            arrivedAt("2026-03-06T18:30Z", SUITE),
            chargedAt("2026-03-06T23:00Z"));

    var e = judge(ew(), record, "2026-03-08T12:00Z");

    assertThat(only(e, RULE).status()).isEqualTo(PENDING);
    assertThat(e.detentionLimit().ruleId()).isEqualTo(RULE);
    assertThat(e.detentionLimit().until()).isEqualTo(at("2026-03-10T00:00Z"));
  }

  @Test
  void stillHeldOnTuesdayIsBreached() {
    var record =
        given(
            arrestedAt("2026-03-06T18:00Z"),
            arrivedAt("2026-03-06T18:30Z", SUITE),
            chargedAt("2026-03-06T23:00Z"));

    assertThat(only(judge(ew(), record, "2026-03-10T09:00Z"), RULE).status()).isEqualTo(BREACHED);
  }

  @Test
  void chargedOnAWeekdayTheNextDayIsTheLimit() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            chargedAt("2026-03-02T20:00Z"),
            broughtBeforeCourtAt("2026-03-04T10:00Z"));

    var o = only(judge(ew(), record, "2026-03-04T12:00Z"), RULE);

    assertThat(o.dueAt()).isEqualTo(at("2026-03-04T00:00Z"));
    assertThat(o.status()).isEqualTo(LATE);
  }

  @Test
  void theDayIsTheFacilitysDayInSummerTime() {
    // 23:30 UTC on Friday 5 June is 00:30 on Saturday in London: Monday is still the court day.
    var record =
        given(
            arrestedAt("2026-06-05T18:00Z"),
            arrivedAt("2026-06-05T18:30Z", SUITE),
            chargedAt("2026-06-05T23:30Z"));

    assertThat(only(judge(ew(), record, "2026-06-06T12:00Z"), RULE).dueAt())
        .isEqualTo(at("2026-06-08T23:00Z"));
  }

  @Test
  void bailGrantedOwesNothing() {
    var record =
        given(
            arrestedAt("2026-03-06T18:00Z"),
            arrivedAt("2026-03-06T18:30Z", SUITE),
            chargedOnBailAt("2026-03-06T23:00Z"),
            releasedAt("2026-03-06T23:30Z"));

    var e = judge(ew(), record, "2026-03-07T12:00Z");

    assertThat(e.of(RULE)).isEmpty();
    assertThat(e.detentionLimit().ruleId()).isEqualTo("ew.limit-24h");
  }

  @Test
  void aRecordWithoutAChargeOwesNothingAndKeepsItsClock() {
    var record = given(arrestedAt("2026-03-02T10:00Z"), arrivedAt("2026-03-02T10:30Z", SUITE));

    var e = judge(ew(), record, "2026-03-02T12:00Z");

    assertThat(e.of(RULE)).isEmpty();
    assertThat(e.detentionLimit().ruleId()).isEqualTo("ew.limit-24h");
  }
}
