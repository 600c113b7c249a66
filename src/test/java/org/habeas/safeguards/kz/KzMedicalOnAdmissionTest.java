package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** Regulations, CPT: a doctor within 24 h of each admission, and at once (1 h) after an injury. */
class KzMedicalOnAdmissionTest extends SafeguardsFixtures {

  private static final String RULE = "kz.medical-on-admission";

  @Test
  void eachAdmissionOwesAnExamination() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            arrivedAt("2026-03-02T10:30+05:00", PD),
            transferredAt("2026-03-02T13:00+05:00", TDF),
            arrivedAt("2026-03-02T14:00+05:00", TDF),
            examinedAt("2026-03-02T16:00+05:00"));

    assertThat(statuses(judge(kz(), record, "2026-03-03T18:00+05:00"), RULE))
        .containsExactly(MET, MET);
  }

  @Test
  void anInjuryNeedsADoctorWithinAnHour() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            arrivedAt("2026-03-02T10:30+05:00", TDF),
            examinedAt("2026-03-02T11:00+05:00"),
            injuryRecordedAt("2026-03-02T15:00+05:00"));

    var e = judge(kz(), record, "2026-03-02T16:00+05:00");

    assertThat(statuses(e, RULE)).containsExactly(MET, BREACHED);
    assertThat(e.of(RULE).get(1).dueAt()).isEqualTo(at("2026-03-02T16:00+05:00"));
  }

  @Test
  void anExaminationBeforeTheInjuryDoesNotCoverIt() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            examinedAt("2026-03-02T10:10+05:00"),
            injuryRecordedAt("2026-03-02T10:20+05:00"),
            examinedAt("2026-03-02T11:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-02T12:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.seqs()).containsExactly(3, 4);
  }

  /**
   * Issue 16: the duty to examine is the holder's, and ends with custody; an injury found at a
   * hospital after release owes the police no examination (the report to the prosecutor, which
   * survives release, is kz.ill-treatment-reported-24h).
   */
  @Test
  void anInjuryFoundAfterReleaseOwesNoExaminationByTheFacility() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            arrivedAt("2026-03-02T10:30+05:00", TDF),
            examinedAt("2026-03-02T11:00+05:00"),
            releasedAt("2026-03-02T18:00+05:00"),
            injuryRecordedAt("2026-03-02T21:00+05:00"));

    var e = judge(kz(), record, "2026-03-03T21:00+05:00");

    assertThat(statuses(e, RULE)).containsExactly(MET, NOT_APPLICABLE);
    assertThat(e.of(RULE).get(1).reason()).isEqualTo(Reason.ENDED_BEFORE_DUE);
  }
}
