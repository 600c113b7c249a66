package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.custody.DelayedRight;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** PACE s.56: a person named by the detainee told; a delay only with an inspector's authority. */
class EwNotificationTest extends SafeguardsFixtures {

  private static final String RULE = "ew.notification";

  @Test
  void toldWithin36HoursIsMet() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            relativeNotifiedAt("2026-03-02T12:00Z"));

    assertThat(only(judge(ew(), record, "2026-03-02T13:00Z"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void anInspectorMayDelayForAnIndictableOffence() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            delayAuthorisedAt(
                "2026-03-02T11:00Z", DelayedRight.NOTIFICATION, "Inspector", "Insp. Lee"));

    assertThat(statuses(judge(ew(), record, "2026-03-02T12:00Z"), RULE))
        .containsExactly(PENDING, MET);
  }

  @Test
  void butNotForASummaryOne() {
    var record =
        given(
            arrestedForSummaryOffenceAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            delayAuthorisedAt(
                "2026-03-02T11:00Z", DelayedRight.NOTIFICATION, "Inspector", "Insp. Lee"));

    var e = judge(ew(), record, "2026-03-02T12:00Z");

    assertThat(e.of(RULE).get(1).reason()).isEqualTo(Reason.CASE_NOT_ELIGIBLE);
  }

  @Test
  void noDelayAfterCharge() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            chargedAt("2026-03-02T14:00Z"),
            delayAuthorisedAt(
                "2026-03-02T14:30Z", DelayedRight.NOTIFICATION, "Inspector", "Insp. Lee"));

    var e = judge(ew(), record, "2026-03-02T15:00Z");

    assertThat(statuses(e, RULE)).containsExactly(PENDING, BREACHED);
    assertThat(e.of(RULE).get(1).reason()).isEqualTo(Reason.AFTER_END);
  }
}
