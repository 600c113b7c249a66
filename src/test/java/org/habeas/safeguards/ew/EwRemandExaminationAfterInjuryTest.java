package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.RemandFixtures;
import org.junit.jupiter.api.Test;

/** Prison Rules 1999 r.20, CPT: a doctor within 24 h of each injury recorded at the prison. */
class EwRemandExaminationAfterInjuryTest extends RemandFixtures {

  private static final String RULE = "ew.remand.examination-after-injury";

  @Test
  void eachInjuryAtThePrisonOwesAnExamination() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            remandOrderedAt("2026-03-03T11:00Z"),
            transferredAt("2026-03-03T15:00Z", EW_PRISON),
            arrivedAt("2026-03-03T17:00Z", EW_PRISON),
            examinedAt("2026-03-03T19:00Z"),
            injuryRecordedAt("2026-03-20T09:00Z"),
            examinedWithInjuriesAt("2026-03-20T15:00Z"),
            injuryRecordedAt("2026-03-22T09:00Z"));

    assertThat(statuses(judge(ew(), record, "2026-03-23T10:00Z"), RULE))
        .containsExactly(MET, BREACHED);
  }
}
