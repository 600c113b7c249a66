package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** Code C 1.7, 11.15: an appropriate adult at every interview of a juvenile. */
class EwAppropriateAdultTest extends SafeguardsFixtures {

  private static final String RULE = "ew.appropriate-adult";

  @Test
  void aJuvenileInterviewedWithoutAnAppropriateAdultIsABreach() {
    var record =
        given(
            juvenileArrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            questioningWithoutRepresentativeAt("2026-03-02T12:00Z"));

    assertThat(only(judge(ew(), record, "2026-03-02T13:00Z"), RULE).status()).isEqualTo(BREACHED);
  }

  @Test
  void anAdultNeedsNone() {
    var record = given(arrestedAt("2026-03-02T10:00Z"));

    assertThat(only(judge(ew(), record, "2026-03-02T13:00Z"), RULE).status())
        .isEqualTo(NOT_APPLICABLE);
  }
}
