package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import java.util.List;
import org.habeas.custody.StoredEvent;
import org.habeas.safeguards.RemandFixtures;
import org.junit.jupiter.api.Test;

/** SIZO rules (our reading): a doctor sees each new arrival at the remand prison within 24 h. */
class KzRemandMedicalOnAdmissionTest extends RemandFixtures {

  private static final String RULE = "kz.remand.medical-on-admission";

  /** Remanded on day two and handed over to the remand prison the same evening. */
  private static List<StoredEvent> handedOver() {
    return given(
        apprehendedAt("2026-03-02T10:00+05:00"),
        arrivedAt("2026-03-02T10:30+05:00", TDF),
        examinedAt("2026-03-02T11:00+05:00"),
        remandOrderedAt("2026-03-03T15:00+05:00"),
        transferredAt("2026-03-03T18:00+05:00", SIZO));
  }

  @Test
  void anExaminationTheDayAfterArrivalMeetsIt() {
    var record =
        continued(
            handedOver(),
            arrivedAt("2026-03-03T19:00+05:00", SIZO),
            examinedAt("2026-03-04T09:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-05T12:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.startedAt()).isEqualTo(at("2026-03-03T19:00+05:00"));
    assertThat(o.seqs()).containsExactly(6, 7);
  }

  @Test
  void theExaminationAtThePoliceStationDoesNotCountForTheRemandPrison() {
    var record = continued(handedOver(), arrivedAt("2026-03-03T19:00+05:00", SIZO));

    assertThat(statuses(judge(kz(), record, "2026-03-04T18:00+05:00"), RULE))
        .containsExactly(PENDING);
    var o = only(judge(kz(), record, "2026-03-04T19:00+05:00"), RULE);
    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-04T19:00+05:00"));
  }

  @Test
  void aRecordHandedOverButNotReceivedHasNoRemandObligation() {
    assertThat(judge(kz(), handedOver(), "2026-03-10T12:00+05:00").of(RULE)).isEmpty();
  }

  @Test
  void aRecordNeverRemandedHasNoRemandObligation() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            arrivedAt("2026-03-02T10:30+05:00", TDF),
            releasedAt("2026-03-02T20:00+05:00"));

    assertThat(judge(kz(), record, "2026-03-10T12:00+05:00").of(RULE)).isEmpty();
  }

  @Test
  void thePoliceRulesAreJudgedUpToTheHandOverAsBefore() {
    var received =
        continued(
            handedOver(),
            arrivedAt("2026-03-03T19:00+05:00", SIZO),
            injuryRecordedAt("2026-03-20T10:00+05:00"),
            examinedWithInjuriesAt("2026-03-20T10:30+05:00"));

    var before = judge(kz(), handedOver(), "2026-03-25T12:00+05:00");
    var after = judge(kz(), received, "2026-03-25T12:00+05:00");

    assertThat(policeObligations(kz(), after)).isEqualTo(before.obligations());
    assertThat(after.limit()).isEqualTo(before.limit());
  }
}
