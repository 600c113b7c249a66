package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.custody.DelayedRight;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * PACE s.58: legal advice when requested, by 36 h from the relevant time at the latest; a delay
 * only for an indictable offence, by a superintendent.
 */
class EwLegalAdviceTest extends SafeguardsFixtures {

  private static final String RULE = "ew.legal-advice";

  @Test
  void nothingIsOwedUntilRequested() {
    var o = only(judge(ew(), given(arrestedAt("2026-03-02T10:00Z")), "2026-03-02T11:00Z"), RULE);

    assertThat(o.status()).isEqualTo(PENDING);
    assertThat(o.dueAt()).isNull();
  }

  @Test
  void isDue36HoursFromTheRelevantTimeNotTheRequest() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            lawyerRequestedAt("2026-03-02T11:00Z"),
            lawyerArrivedAt("2026-03-02T13:00Z"));

    var o = only(judge(ew(), record, "2026-03-02T14:00Z"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-03T22:30Z"));
  }

  @Test
  void aDelayByAnInspectorIsUnlawful() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            lawyerRequestedAt("2026-03-02T11:00Z"),
            delayAuthorisedAt("2026-03-02T11:10Z", DelayedRight.LAWYER, "Inspector", "Insp. Lee"),
            delayAuthorisedAt(
                "2026-03-02T11:20Z", DelayedRight.LAWYER, "Superintendent", "Supt. Moss"));

    var e = judge(ew(), record, "2026-03-02T12:00Z");

    assertThat(statuses(e, RULE)).containsExactly(PENDING, BREACHED, MET);
    assertThat(e.of(RULE).get(1).reason()).isEqualTo(Reason.RANK_NOT_ALLOWED);
  }

  @Test
  void aDelayAuthorisedAfterChargeIsUnlawfulButTheRightGoesOn() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            lawyerRequestedAt("2026-03-02T11:00Z"),
            delayAuthorisedAt(
                "2026-03-02T11:20Z", DelayedRight.LAWYER, "Superintendent", "Supt. Moss"),
            chargedAt("2026-03-02T15:00Z"),
            delayAuthorisedAt(
                "2026-03-02T15:30Z", DelayedRight.LAWYER, "Superintendent", "Supt. Moss"));

    var e = judge(ew(), record, "2026-03-02T16:00Z");

    assertThat(statuses(e, RULE)).containsExactly(PENDING, MET, BREACHED);
    assertThat(e.of(RULE).getFirst().dueAt()).isEqualTo(at("2026-03-03T22:30Z"));
    assertThat(e.of(RULE).get(2).reason()).isEqualTo(Reason.AFTER_END);
    assertThat(e.of(RULE).get(2).seqs()).containsExactly(6, 5);
  }

  @Test
  void theLawyerAfterChargeStillMeetsTheRight() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            lawyerRequestedAt("2026-03-02T11:00Z"),
            chargedAt("2026-03-02T15:00Z"),
            lawyerArrivedAt("2026-03-02T17:00Z"));

    assertThat(only(judge(ew(), record, "2026-03-02T18:00Z"), RULE).status()).isEqualTo(MET);
  }
}
