package org.habeas.safeguards.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * CPT 2nd General Report §36–38: rights in writing, acknowledged by signature, before questioning.
 */
class CptRightsInWritingTest extends SafeguardsFixtures {

  private static final String RULE = "cpt.rights-in-writing";

  @Test
  void writtenSignedRightsBeforeQuestioningAreMet() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            rightsGivenInWritingAt("2026-03-02T10:30+01:00"),
            questioningStartedAt("2026-03-02T12:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-02T13:00+01:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void rightsOnlyReadOutDoNotCount() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            rightsExplainedAt("2026-03-02T10:30+01:00"),
            questioningStartedAt("2026-03-02T12:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-02T13:00+01:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void hasNoDeadlineBeforeQuestioning() {
    var o =
        only(
            judge(
                cpt(),
                given(detainedUnderCptAt("2026-03-02T10:00+01:00")),
                "2026-03-03T10:00+01:00"),
            RULE);

    assertThat(o.status()).isEqualTo(PENDING);
    assertThat(o.dueAt()).isNull();
  }
}
