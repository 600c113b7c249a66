package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * PACE s.40(1)(a): once charged and refused bail, the custody officer (any rank) reviews; judged is
 * the first review, due within 9 h of the charge, unless a court deals with the person first.
 */
class EwReviewsAfterChargeTest extends SafeguardsFixtures {

  private static final String RULE = "ew.reviews-after-charge";

  @Test
  void aSergeantsReviewWithin9HoursOfChargeIsMet() {
    var record =
        given(
            arrestedAt("2026-03-06T18:00Z"),
            arrivedAt("2026-03-06T18:30Z", SUITE),
            chargedAt("2026-03-06T23:00Z"),
            reviewedAt("2026-03-07T07:30Z", "Sergeant"));

    var e = judge(ew(), record, "2026-03-07T08:00Z");

    assertThat(statuses(e, RULE)).containsExactly(MET);
    assertThat(e.of(RULE).getFirst().dueAt()).isEqualTo(at("2026-03-07T08:00Z"));
  }

  @Test
  void noReviewFor9HoursAfterChargeIsBreached() {
    var record =
        given(
            arrestedAt("2026-03-06T18:00Z"),
            arrivedAt("2026-03-06T18:30Z", SUITE),
            chargedAt("2026-03-06T23:00Z"));

    assertThat(statuses(judge(ew(), record, "2026-03-07T08:30Z"), RULE)).containsExactly(BREACHED);
  }

  @Test
  void theCourtEndsTheReviews() {
    var record =
        given(
            arrestedAt("2026-03-06T18:00Z"),
            arrivedAt("2026-03-06T18:30Z", SUITE),
            chargedAt("2026-03-09T06:00Z"),
            broughtBeforeCourtAt("2026-03-09T10:00Z"));

    var e = judge(ew(), record, "2026-03-09T20:00Z");

    assertThat(statuses(e, RULE)).containsExactly(NOT_APPLICABLE);
    assertThat(e.of(RULE).getFirst().reason()).isEqualTo(Reason.STOPPED);
    assertThat(e.of(RULE).getFirst().seqs()).containsExactly(3, 4);
  }

  @Test
  void theInspectorsReviewBeforeChargeDoesNotCount() {
    var record =
        given(
            arrestedAt("2026-03-06T18:00Z"),
            arrivedAt("2026-03-06T18:30Z", SUITE),
            reviewedAt("2026-03-06T22:30Z"),
            chargedAt("2026-03-06T23:00Z"));

    assertThat(statuses(judge(ew(), record, "2026-03-07T08:30Z"), RULE)).containsExactly(BREACHED);
  }

  @Test
  void nothingIsOwedWithoutACharge() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            detentionAuthorisedAt("2026-03-02T11:00Z"),
            reviewedAt("2026-03-02T16:00Z"),
            reviewedAt("2026-03-03T01:00Z"));

    assertThat(judge(ew(), record, "2026-03-03T11:00Z").of(RULE)).isEmpty();
  }
}
