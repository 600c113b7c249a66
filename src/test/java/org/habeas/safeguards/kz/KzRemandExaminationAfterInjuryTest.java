package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import java.util.List;
import org.habeas.custody.StoredEvent;
import org.habeas.safeguards.RemandFixtures;
import org.junit.jupiter.api.Test;

/** SIZO rules, CPT: at once (1 h, our reading) a doctor after each injury recorded on remand. */
class KzRemandExaminationAfterInjuryTest extends RemandFixtures {

  private static final String RULE = "kz.remand.examination-after-injury";

  private static List<StoredEvent> atTheRemandPrison() {
    return given(
        apprehendedAt("2026-03-02T10:00+05:00"),
        arrivedAt("2026-03-02T10:30+05:00", TDF),
        remandOrderedAt("2026-03-03T15:00+05:00"),
        transferredAt("2026-03-03T18:00+05:00", SIZO),
        arrivedAt("2026-03-03T19:00+05:00", SIZO),
        examinedAt("2026-03-04T09:00+05:00"));
  }

  @Test
  void anInjuryOnRemandNeedsADoctorWithinAnHour() {
    var record = continued(atTheRemandPrison(), injuryRecordedAt("2026-03-24T10:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-24T11:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-24T11:00+05:00"));
  }

  @Test
  void anExaminationWithinTheHourMeetsIt() {
    var record =
        continued(
            atTheRemandPrison(),
            injuryRecordedAt("2026-03-24T10:00+05:00"),
            examinedWithInjuriesAt("2026-03-24T10:40+05:00"));

    assertThat(statuses(judge(kz(), record, "2026-03-25T12:00+05:00"), RULE)).containsExactly(MET);
  }

  @Test
  void anInjuryRecordedByThePoliceIsJudgedByThePoliceRuleOnly() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            arrivedAt("2026-03-02T10:30+05:00", TDF),
            injuryRecordedAt("2026-03-02T11:00+05:00"),
            remandOrderedAt("2026-03-03T15:00+05:00"),
            transferredAt("2026-03-03T18:00+05:00", SIZO),
            arrivedAt("2026-03-03T19:00+05:00", SIZO));

    var e = judge(kz(), record, "2026-03-05T12:00+05:00");

    assertThat(e.of(RULE)).isEmpty();
    assertThat(statuses(e, "kz.medical-on-admission")).containsExactly(BREACHED, BREACHED);
  }
}
