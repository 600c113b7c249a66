package org.habeas.safeguards.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPT: a doctor within 24 h once an injury is recorded. */
class CptDoctorAccessTest extends SafeguardsFixtures {

  private static final String RULE = "cpt.doctor-access";

  @Test
  void anInjuryExaminedWithin24HoursIsMet() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            injuryRecordedAt("2026-03-02T11:00+01:00"),
            examinedAt("2026-03-03T09:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-03T12:00+01:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void anInjuryNotExaminedIsBreachedAfter24Hours() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            injuryRecordedAt("2026-03-02T11:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-03T11:00+01:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  /** Issue 16: access to a doctor is a safeguard of custody; a free person sees their own. */
  @Test
  void anInjuryFoundAfterReleaseOwesNoDoctorInCustody() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            releasedAt("2026-03-02T18:00+01:00"),
            injuryRecordedAt("2026-03-02T21:00+01:00"));

    var o = only(judge(cpt(), record, "2026-03-03T22:00+01:00"), RULE);

    assertThat(o.status()).isEqualTo(NOT_APPLICABLE);
    assertThat(o.reason()).isEqualTo(Reason.ENDED_BEFORE_DUE);
  }
}
