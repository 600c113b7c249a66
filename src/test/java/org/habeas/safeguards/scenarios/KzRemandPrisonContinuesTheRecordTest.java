package org.habeas.safeguards.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyPhase;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.RecordStatus;
import org.habeas.custody.StoredEvent;
import org.habeas.safeguards.Evaluation;
import org.habeas.safeguards.RemandFixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, capability 4, as a whole record: a man is remanded by the Astana court on day two and
 * handed over to Remand Prison No. 1; the prison records his arrival, and three weeks later its
 * doctor finds injuries. The examination and the injuries join the same record, the obligation to
 * report ill-treatment opens, and the police phase is judged exactly as it was at the hand-over.
 * Every event goes through the record's own append check, as the API's do.
 */
class KzRemandPrisonContinuesTheRecordTest extends RemandFixtures {

  private static final Instant NOW = at("2026-06-01T12:00+05:00");

  private final List<StoredEvent> record = new ArrayList<>();

  /** Appends as the record would: checked against the timeline, then stored. */
  private CustodyRecord append(CustodyEvent e) {
    CustodyRecord state = CustodyRecord.checkAppend(record, e, NOW);
    record.add(new StoredEvent(record.size() + 1, e, e.occurredAt(), "officer", null));
    return state;
  }

  private void policeCustodyEndingInAHandOver() {
    append(apprehendedAt("2026-03-02T10:00+05:00"));
    append(rightsExplainedAt("2026-03-02T10:05+05:00"));
    append(arrivedAt("2026-03-02T10:40+05:00", TDF));
    append(protocolAt("2026-03-02T11:30+05:00"));
    append(relativeNotifiedAt("2026-03-02T12:00+05:00"));
    append(prosecutorNotifiedAt("2026-03-02T14:00+05:00"));
    append(examinedAt("2026-03-02T15:00+05:00"));
    append(remandOrderedAt("2026-03-03T16:00+05:00"));
    append(transferredAt("2026-03-03T18:00+05:00", SIZO));
  }

  @Test
  void theRemandPrisonRecordsInjuriesThreeWeeksLaterInTheSameRecord() {
    policeCustodyEndingInAHandOver();
    Evaluation atHandOver = judge(kz(), List.copyOf(record), "2026-03-25T12:00+05:00");

    CustodyRecord received = append(arrivedAt("2026-03-03T19:30+05:00", SIZO));
    assertThat(received.status()).isEqualTo(RecordStatus.REMANDED);
    append(examinedAt("2026-03-04T09:00+05:00"));
    append(examinedWithInjuriesAt("2026-03-24T10:00+05:00"));
    CustodyRecord state = append(injuryRecordedAt("2026-03-24T10:00+05:00"));

    assertThat(state.phase()).isEqualTo(CustodyPhase.REMAND);
    assertThat(state.closedAt()).isEqualTo(at("2026-03-03T18:00+05:00"));
    assertThat(state.events()).hasSize(13);

    Evaluation e = judge(kz(), List.copyOf(record), "2026-03-25T12:00+05:00");
    // The remand prison's own duties, from the arrival on.
    assertThat(statuses(e, "kz.remand.medical-on-admission")).containsExactly(MET);
    assertThat(statuses(e, "kz.remand.examination-after-injury")).containsExactly(MET);
    assertThat(statuses(e, "kz.remand.ill-treatment-reported-24h"))
        .containsExactly(BREACHED, BREACHED);
    assertThat(e.of("kz.remand.ill-treatment-reported-24h").getFirst().seqs()).containsExactly(12);
    assertThat(statuses(e, "kz.remand.term-2-months")).containsExactly(PENDING);
    // The police phase, as it stood at the hand-over: nothing of the remand prison counts there.
    assertThat(policeObligations(kz(), e)).isEqualTo(atHandOver.obligations());
    assertThat(statuses(e, "kz.court-within-48h")).containsExactly(MET);
    assertThat(statuses(e, "kz.ill-treatment-reported-24h")).isEmpty();
    assertThat(statuses(e, "record.open-too-long")).containsExactly(MET);
  }

  @Test
  void aReportToTheProsecutorMeetsTheRemandDuty() {
    policeCustodyEndingInAHandOver();
    append(arrivedAt("2026-03-03T19:30+05:00", SIZO));
    append(examinedWithInjuriesAt("2026-03-24T10:00+05:00"));
    append(prosecutorToldOfIllTreatmentAt("2026-03-24T15:00+05:00"));

    Evaluation e = judge(kz(), List.copyOf(record), "2026-03-25T12:00+05:00");

    assertThat(statuses(e, "kz.remand.ill-treatment-reported-24h")).containsExactly(MET);
  }

  @Test
  void aHandOverWithoutArrivalIsJudgedExactlyAsBefore() {
    policeCustodyEndingInAHandOver();
    CustodyRecord state = CustodyRecord.replay(record);

    Evaluation e = judge(kz(), List.copyOf(record), "2026-03-25T12:00+05:00");

    assertThat(state.status()).isEqualTo(RecordStatus.CLOSED);
    assertThat(state.phase()).isEqualTo(CustodyPhase.POLICE);
    assertThat(e.obligations())
        .noneMatch(o -> o.ruleId().startsWith("kz.remand."))
        .isEqualTo(policeObligations(kz(), e));
    assertThat(statuses(e, "kz.court-within-48h")).containsExactly(MET);
    assertThat(statuses(e, "kz.medical-on-admission")).containsExactly(MET);
    assertThat(statuses(e, "record.open-too-long")).containsExactly(MET);
    assertThat(e.limit()).isPresent();
  }
}
