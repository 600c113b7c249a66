package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** PACE s.40(3)(a): first review by an inspector within 6 h of detention being authorised. */
class EwFirstReview6hTest extends SafeguardsFixtures {

  private static final String RULE = "ew.first-review-6h";

  @Test
  void aReviewWithin6HoursOfAuthorisationIsMet() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            detentionAuthorisedAt("2026-03-02T11:00Z"),
            reviewedAt("2026-03-02T16:45Z"));

    var o = only(judge(ew(), record, "2026-03-02T18:00Z"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-02T17:00Z"));
  }

  @Test
  void aReviewByASergeantDoesNotCount() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            detentionAuthorisedAt("2026-03-02T11:00Z"),
            reviewedAt("2026-03-02T16:00Z", "Sergeant"));

    assertThat(only(judge(ew(), record, "2026-03-02T17:00Z"), RULE).status()).isEqualTo(BREACHED);
  }

  @Test
  void aChargeBeforeTheReviewFallsDueEndsIt() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            detentionAuthorisedAt("2026-03-02T11:00Z"),
            chargedAt("2026-03-02T15:00Z"));

    var o = only(judge(ew(), record, "2026-03-02T18:00Z"), RULE);

    assertThat(o.status()).isEqualTo(NOT_APPLICABLE);
    assertThat(o.reason()).isEqualTo(Reason.STOPPED);
    assertThat(o.seqs()).containsExactly(3, 4);
  }

  @Test
  void aReviewOverdueBeforeTheChargeStaysBreached() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            detentionAuthorisedAt("2026-03-02T11:00Z"),
            chargedAt("2026-03-02T18:00Z"));

    assertThat(only(judge(ew(), record, "2026-03-02T19:00Z"), RULE).status()).isEqualTo(BREACHED);
  }
}
