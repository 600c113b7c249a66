package org.habeas.safeguards.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPT 28th General Report: questioning electronically recorded. */
class CptInterviewsRecordedTest extends SafeguardsFixtures {

  private static final String RULE = "cpt.interviews-recorded";

  @Test
  void anUnrecordedInterviewIsABreach() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            questioningWithoutVideoAt("2026-03-02T11:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE).status())
        .isEqualTo(BREACHED);
  }
}
