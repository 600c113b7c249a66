package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * Code C 12.2: a continuous rest of 8 h in each 24 h from arrival, free of interviews and travel.
 */
class EwRest8hTest extends SafeguardsFixtures {

  private static final String RULE = "ew.rest-8h";

  @Test
  void anUninterruptedNightIsRest() {
    var record =
        given(
            arrestedAt("2026-03-02T20:00Z"),
            arrivedAt("2026-03-02T20:30Z", SUITE),
            questioningStartedAt("2026-03-02T21:00Z"),
            questioningEndedAt("2026-03-02T22:00Z"),
            questioningStartedAt("2026-03-03T09:00Z"),
            questioningEndedAt("2026-03-03T10:00Z"));

    var o = only(judge(ew(), record, "2026-03-03T12:00Z"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.metAt()).isEqualTo(at("2026-03-03T06:00Z"));
  }

  @Test
  void interviewsEverySixHoursLeaveNoRest() {
    var record =
        given(
            arrestedAt("2026-03-02T08:00Z"),
            arrivedAt("2026-03-02T08:00Z", SUITE),
            questioningStartedAt("2026-03-02T14:00Z"),
            questioningEndedAt("2026-03-02T15:00Z"),
            questioningStartedAt("2026-03-02T21:00Z"),
            questioningEndedAt("2026-03-02T22:00Z"),
            questioningStartedAt("2026-03-03T04:00Z"),
            questioningEndedAt("2026-03-03T05:00Z"));

    var o = only(judge(ew(), record, "2026-03-03T08:00Z"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.NO_REST);
  }

  @Test
  void aRestInProgressCompletesWithoutAnotherEvent() {
    var record =
        given(
            arrestedAt("2026-03-02T08:00Z"),
            arrivedAt("2026-03-02T08:00Z", SUITE),
            questioningStartedAt("2026-03-02T09:00Z"),
            questioningEndedAt("2026-03-02T10:00Z"));

    var e = judge(ew(), record, "2026-03-02T12:00Z");

    assertThat(only(e, RULE).status()).isEqualTo(PENDING);
    assertThat(e.nextDueAt()).isEqualTo(at("2026-03-02T18:00Z"));
  }
}
