package org.habeas.safeguards.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPT; Salduz v. Turkey: a lawyer from the outset and at questioning, unless waived in writing. */
class CptLawyerFromOutsetTest extends SafeguardsFixtures {

  private static final String RULE = "cpt.lawyer-from-outset";

  @Test
  void questioningWithoutALawyerIsABreach() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            questioningWithoutLawyerAt("2026-03-02T12:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-02T13:00+01:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void aWrittenWaiverIsEnough() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            lawyerWaivedAt("2026-03-02T11:00+01:00", true, false),
            questioningWithoutLawyerAt("2026-03-02T12:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-02T13:00+01:00"), RULE).status())
        .isEqualTo(WAIVED);
  }
}
