package org.habeas.safeguards.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.RemandFixtures;
import org.junit.jupiter.api.Test;

/** CPT 23rd General Report: each injury recorded at the remand prison is examined within 24 h. */
class CptRemandExaminationAfterInjuryTest extends RemandFixtures {

  private static final String RULE = "cpt.remand.examination-after-injury";

  @Test
  void anInjuryAtTheRemandPrisonOwesAnExamination() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            arrivedAt("2026-03-02T10:30+01:00", CPT_STATION),
            remandOrderedAt("2026-03-03T11:00+01:00"),
            transferredAt("2026-03-03T15:00+01:00", CPT_PRISON),
            arrivedAt("2026-03-03T17:00+01:00", CPT_PRISON),
            injuryRecordedAt("2026-03-10T09:00+01:00"));

    assertThat(statuses(judge(cpt(), record, "2026-03-11T08:00+01:00"), RULE))
        .containsExactly(PENDING);
    assertThat(statuses(judge(cpt(), record, "2026-03-11T09:00+01:00"), RULE))
        .containsExactly(BREACHED);
  }
}
