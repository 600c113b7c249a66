package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** PACE s.40(3)(b),(c): each later review within 9 h of the one before. */
class EwLaterReviews9hTest extends SafeguardsFixtures {

  private static final String RULE = "ew.later-reviews-9h";

  @Test
  void theChainRunsFromTheFirstReview() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            detentionAuthorisedAt("2026-03-02T11:00Z"),
            reviewedAt("2026-03-02T17:00Z"),
            reviewedAt("2026-03-03T02:00Z"),
            reviewedAt("2026-03-03T11:30Z"));

    var e = judge(ew(), record, "2026-03-03T12:00Z");

    assertThat(statuses(e, RULE)).containsExactly(MET, LATE, PENDING);
    assertThat(e.of(RULE).get(2).dueAt()).isEqualTo(at("2026-03-03T20:30Z"));
  }

  @Test
  void nothingIsOwedBeforeTheFirstReview() {
    var record = given(arrestedAt("2026-03-02T10:00Z"), detentionAuthorisedAt("2026-03-02T11:00Z"));

    assertThat(judge(ew(), record, "2026-03-02T12:00Z").of(RULE)).isEmpty();
  }

  @Test
  void releaseEndsTheChain() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            reviewedAt("2026-03-02T16:00Z"),
            releasedAt("2026-03-02T20:00Z"));

    assertThat(judge(ew(), record, "2026-03-03T12:00Z").of(RULE)).isEmpty();
  }

  @Test
  void theInspectorsChainEndsAtCharge() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            detentionAuthorisedAt("2026-03-02T11:00Z"),
            reviewedAt("2026-03-02T17:00Z"),
            chargedAt("2026-03-02T20:00Z"));

    var e = judge(ew(), record, "2026-03-03T12:00Z");

    assertThat(statuses(e, RULE)).containsExactly(NOT_APPLICABLE);
    assertThat(e.of(RULE).getFirst().reason()).isEqualTo(Reason.STOPPED);
  }
}
