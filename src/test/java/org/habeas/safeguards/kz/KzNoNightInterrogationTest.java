package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPC: no questioning between 22:00 and 06:00 facility time, unless urgency is recorded. */
class KzNoNightInterrogationTest extends SafeguardsFixtures {

  private static final String RULE = "kz.no-night-interrogation";

  @Test
  void questioningThatRunsPast22IsABreach() {
    var record =
        given(
            apprehendedAt("2026-03-02T18:00+05:00"),
            questioningStartedAt("2026-03-02T20:00+05:00"),
            questioningEndedAt("2026-03-02T22:30+05:00"));

    var o = only(judge(kz(), record, "2026-03-03T09:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-02T22:00+05:00"));
  }

  @Test
  void endingAt22IsInTime() {
    var record =
        given(
            apprehendedAt("2026-03-02T18:00+05:00"),
            questioningStartedAt("2026-03-02T20:00+05:00"),
            questioningEndedAt("2026-03-02T22:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T09:00+05:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void urgencyRecordedWaivesIt() {
    var record =
        given(
            apprehendedAt("2026-03-02T18:00+05:00"), urgentQuestioningAt("2026-03-03T01:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-03T02:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(WAIVED);
    assertThat(o.reason()).isEqualTo(Reason.URGENCY);
  }

  @Test
  void nightIsTheFacilitysNightNotUtc() {
    // 05:30 in Astana is 00:30 UTC: before 06:00 local, so still night.
    var record =
        given(
            apprehendedAt("2026-03-02T18:00+05:00"),
            questioningStartedAt("2026-03-03T05:30+05:00"),
            questioningEndedAt("2026-03-03T07:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T09:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void aTransferMovesTheNightToTheNewFacilitysZone() {
    // Aktobe keeps its own tz entry; 21:30 there is night-free, and the questioning ends by 22:00.
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            transferredAt("2026-03-02T12:00+05:00", AKTOBE_TDF),
            arrivedAt("2026-03-02T18:00+05:00", AKTOBE_TDF),
            questioningStartedAt("2026-03-02T20:00+05:00"),
            questioningEndedAt("2026-03-02T21:30+05:00"));

    var o = only(judge(kz(), record, "2026-03-03T09:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-02T22:00+05:00"));
  }

  @Test
  void aQuestioningInProgressIsDueToEndBy22() {
    var record =
        given(
            apprehendedAt("2026-03-02T18:00+05:00"),
            questioningStartedAt("2026-03-02T20:00+05:00"));

    var e = judge(kz(), record, "2026-03-02T21:00+05:00");

    assertThat(only(e, RULE).status()).isEqualTo(PENDING);
    assertThat(e.nextDueAt()).isEqualTo(at("2026-03-02T22:00+05:00"));
  }
}
