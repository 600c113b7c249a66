package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import java.util.List;
import org.habeas.custody.StoredEvent;
import org.habeas.safeguards.RemandFixtures;
import org.junit.jupiter.api.Test;

/**
 * CPC art. 180, ERDR orders: an injury or allegation found at the remand prison is reported to the
 * prosecutor within 24 h, like one found by the police, and the duty outlives release.
 */
class KzRemandIllTreatmentReported24hTest extends RemandFixtures {

  private static final String RULE = "kz.remand.ill-treatment-reported-24h";

  private static List<StoredEvent> atTheRemandPrison() {
    return given(
        apprehendedAt("2026-03-02T10:00+05:00"),
        arrivedAt("2026-03-02T10:30+05:00", TDF),
        remandOrderedAt("2026-03-03T15:00+05:00"),
        transferredAt("2026-03-03T18:00+05:00", SIZO),
        arrivedAt("2026-03-03T19:00+05:00", SIZO));
  }

  @Test
  void injuriesFoundOnExaminationOweAReport() {
    var record = continued(atTheRemandPrison(), examinedWithInjuriesAt("2026-03-24T10:00+05:00"));

    assertThat(statuses(judge(kz(), record, "2026-03-24T12:00+05:00"), RULE))
        .containsExactly(PENDING);
    var o = only(judge(kz(), record, "2026-03-25T10:00+05:00"), RULE);
    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.seqs()).containsExactly(6);
  }

  @Test
  void aReportWithinADayMeetsIt() {
    var record =
        continued(
            atTheRemandPrison(),
            allegationAt("2026-03-24T10:00+05:00"),
            prosecutorToldOfIllTreatmentAt("2026-03-24T16:00+05:00"));

    assertThat(statuses(judge(kz(), record, "2026-03-26T10:00+05:00"), RULE)).containsExactly(MET);
  }

  @Test
  void theDutyOutlivesReleaseFromTheRemandPrison() {
    var record =
        continued(
            atTheRemandPrison(),
            injuryRecordedAt("2026-03-24T10:00+05:00"),
            releasedAt("2026-03-24T12:00+05:00"));

    assertThat(statuses(judge(kz(), record, "2026-03-25T11:00+05:00"), RULE))
        .containsExactly(BREACHED);
  }

  @Test
  void noObligationBeforeTheArrival() {
    var handedOver = atTheRemandPrison().subList(0, 4);

    assertThat(judge(kz(), handedOver, "2026-03-26T10:00+05:00").of(RULE)).isEmpty();
  }
}
