package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import java.time.Duration;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * PACE s.42: an extension to 36 h only for an indictable offence, by a superintendent, after the
 * second review and before 24 h have passed.
 */
class EwSuperintendentExtension36hTest extends SafeguardsFixtures {

  private static final String RULE = "ew.superintendent-extension-36h";

  private static Object[] arrivedAndReviewedTwice(Object extension) {
    return new Object[] {
      arrestedAt("2026-03-02T10:00Z"),
      arrivedAt("2026-03-02T10:00Z", SUITE),
      detentionAuthorisedAt("2026-03-02T10:15Z"),
      reviewedAt("2026-03-02T16:00Z"),
      reviewedAt("2026-03-03T01:00Z"),
      extension
    };
  }

  @Test
  void aLawfulExtensionMovesTheLimitTo36Hours() {
    var record =
        given(
            arrivedAndReviewedTwice(
                extendedAt("2026-03-03T09:00Z", "2026-03-03T22:00Z", "Superintendent")));

    var e = judge(ew(), record, "2026-03-03T12:00Z");

    assertThat(only(e, RULE).status()).isEqualTo(MET);
    assertThat(only(e, "ew.limit-24h").status()).isEqualTo(PENDING);
    assertThat(only(e, "ew.limit-24h").dueAt()).isEqualTo(at("2026-03-03T22:00Z"));
    assertThat(e.detentionLimit().limit()).isEqualTo(Duration.ofHours(36));
    assertThat(e.detentionLimit().extended()).isTrue();
  }

  @Test
  void anInspectorCannotExtend() {
    var record =
        given(
            arrivedAndReviewedTwice(
                extendedAt("2026-03-03T09:00Z", "2026-03-03T22:00Z", "Inspector")));

    var e = judge(ew(), record, "2026-03-03T12:00Z");

    assertThat(only(e, RULE).reason()).isEqualTo(Reason.RANK_NOT_ALLOWED);
    assertThat(only(e, "ew.limit-24h").status()).isEqualTo(BREACHED);
    assertThat(only(e, "ew.limit-24h").reason()).isEqualTo(Reason.EXTENSION_IGNORED);
  }

  @Test
  void onlyForAnIndictableOffence() {
    var record =
        given(
            arrestedForSummaryOffenceAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:00Z", SUITE),
            reviewedAt("2026-03-02T16:00Z"),
            reviewedAt("2026-03-03T01:00Z"),
            extendedAt("2026-03-03T09:00Z", "2026-03-03T22:00Z", "Superintendent"));

    assertThat(only(judge(ew(), record, "2026-03-03T12:00Z"), RULE).reason())
        .isEqualTo(Reason.CASE_NOT_ELIGIBLE);
  }

  @Test
  void notBeforeTheSecondReview() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:00Z", SUITE),
            reviewedAt("2026-03-02T16:00Z"),
            extendedAt("2026-03-02T20:00Z", "2026-03-03T22:00Z", "Superintendent"));

    assertThat(only(judge(ew(), record, "2026-03-02T21:00Z"), RULE).reason())
        .isEqualTo(Reason.TOO_FEW_REVIEWS);
  }

  @Test
  void notAfter24HoursHavePassed() {
    var record =
        given(
            arrivedAndReviewedTwice(
                extendedAt("2026-03-03T10:30Z", "2026-03-03T22:00Z", "Superintendent")));

    var o = only(judge(ew(), record, "2026-03-03T12:00Z"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.TOO_LATE);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-03T10:00Z"));
  }

  @Test
  void neverBeyond36Hours() {
    var record =
        given(
            arrivedAndReviewedTwice(
                extendedAt("2026-03-03T09:00Z", "2026-03-04T10:00Z", "Chief Superintendent")));

    var e = judge(ew(), record, "2026-03-03T12:00Z");

    assertThat(only(e, RULE).reason()).isEqualTo(Reason.CAPPED);
    assertThat(e.detentionLimit().until()).isEqualTo(at("2026-03-03T22:00Z"));
  }
}
