package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * CPC art. 180: an injury or allegation reported to the prosecutor within 24 h, even after release.
 */
class KzIllTreatmentReported24hTest extends SafeguardsFixtures {

  private static final String RULE = "kz.ill-treatment-reported-24h";

  @Test
  void eachInjuryAllegationAndFindingIsReported() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            injuryRecordedAt("2026-03-02T09:00+05:00"),
            allegationAt("2026-03-02T09:30+05:00"),
            examinedWithInjuriesAt("2026-03-02T10:00+05:00"),
            prosecutorToldOfIllTreatmentAt("2026-03-02T12:00+05:00"));

    assertThat(statuses(judge(kz(), record, "2026-03-03T12:00+05:00"), RULE))
        .containsExactly(MET, MET, MET);
  }

  @Test
  void anExaminationWithoutInjuriesOwesNoReport() {
    var record =
        given(apprehendedAt("2026-03-02T08:00+05:00"), examinedAt("2026-03-02T10:00+05:00"));

    assertThat(judge(kz(), record, "2026-03-03T12:00+05:00").of(RULE)).isEmpty();
  }

  @Test
  void releaseDoesNotEndTheDutyToReport() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            injuryRecordedAt("2026-03-02T09:00+05:00"),
            releasedAt("2026-03-02T10:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T12:00+05:00"), RULE).status())
        .isEqualTo(PENDING);
    assertThat(only(judge(kz(), record, "2026-03-03T09:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void aNoticeOfDetentionIsNotAReport() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            allegationAt("2026-03-02T09:00+05:00"),
            prosecutorNotifiedAt("2026-03-02T10:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T09:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  // --- found after release (issue 16): the duty to report does not end at the door --------------

  @Test
  void anInjuryFoundAfterReleaseOwesAReportWithin24Hours() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            releasedAt("2026-03-02T18:00+05:00"),
            injuryRecordedAt("2026-03-02T21:00+05:00"));

    var pending = only(judge(kz(), record, "2026-03-03T12:00+05:00"), RULE);
    assertThat(pending.status()).isEqualTo(PENDING);
    assertThat(pending.startedAt()).isEqualTo(at("2026-03-02T21:00+05:00"));
    assertThat(pending.dueAt()).isEqualTo(at("2026-03-03T21:00+05:00"));
    assertThat(only(judge(kz(), record, "2026-03-03T21:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void anAllegationAfterReleaseReportedInTimeIsMetAndLateIsLate() {
    var onTime =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            releasedAt("2026-03-02T18:00+05:00"),
            allegationAt("2026-03-04T10:00+05:00"),
            prosecutorToldOfIllTreatmentAt("2026-03-04T15:00+05:00"));
    var late =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            releasedAt("2026-03-02T18:00+05:00"),
            allegationAt("2026-03-04T10:00+05:00"),
            prosecutorToldOfIllTreatmentAt("2026-03-05T11:00+05:00"));

    var met = only(judge(kz(), onTime, "2026-03-06T10:00+05:00"), RULE);
    assertThat(met.status()).isEqualTo(MET);
    assertThat(met.seqs()).containsExactly(3, 4);
    assertThat(only(judge(kz(), late, "2026-03-06T10:00+05:00"), RULE).status()).isEqualTo(LATE);
  }
}
