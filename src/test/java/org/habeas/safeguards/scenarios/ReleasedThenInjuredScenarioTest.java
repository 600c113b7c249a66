package org.habeas.safeguards.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.NOT_APPLICABLE;
import static org.habeas.safeguards.ObligationStatus.PENDING;

import java.util.ArrayList;
import java.util.List;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.CustodyRuleViolation;
import org.habeas.custody.RecordStatus;
import org.habeas.custody.StoredEvent;
import org.habeas.custody.TimelineEntry;
import org.habeas.safeguards.Evaluation;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 3, as a whole record: a man held at the Astana TDF is released at 18:00; at 21:00
 * a hospital finds injuries. The record takes the injury after the release and marks it; the duty
 * to report it to the prosecutor within 24 hours opens, and is met if he is told, breached if not;
 * the facility owes no examination any more; and a return to a facility is refused (422).
 *
 * <p>Each event goes through the record's own check ({@link CustodyRecord#checkAppend}), as the API
 * and the page append it; {@code AfterReleaseScenarioTests} replays it through the API.
 */
class ReleasedThenInjuredScenarioTest extends SafeguardsFixtures {

  private static final String REPORTED = "kz.ill-treatment-reported-24h";
  private static final String EXAMINED = "kz.medical-on-admission";

  /** The day in custody, each event typed in as it happened. */
  private static List<StoredEvent> heldAndReleased() {
    var record = new ArrayList<StoredEvent>();
    append(record, apprehendedAt("2026-03-02T10:00+05:00"), "officer");
    append(record, arrivedAt("2026-03-02T10:40+05:00", TDF), "officer");
    append(record, protocolAt("2026-03-02T11:30+05:00"), "officer");
    append(record, examinedAt("2026-03-02T12:00+05:00"), "doctor");
    append(record, relativeNotifiedAt("2026-03-02T12:30+05:00"), "officer");
    append(record, prosecutorNotifiedAt("2026-03-02T14:00+05:00"), "officer");
    append(record, releasedAt("2026-03-02T18:00+05:00"), "officer");
    return record;
  }

  /** The hospital finds injuries at 21:00; the facility's doctor records them on the record. */
  private static List<StoredEvent> injuredAfterRelease() {
    var record = heldAndReleased();
    append(record, injuryRecordedAt("2026-03-02T21:00+05:00"), "doctor");
    return record;
  }

  @Test
  void theInjuryFoundAfterReleaseIsTakenAndMarkedAndTheRecordStaysClosed() {
    var state = CustodyRecord.replay(injuredAfterRelease());

    assertThat(state.status()).isEqualTo(RecordStatus.CLOSED);
    assertThat(state.closedAt()).isEqualTo(at("2026-03-02T18:00+05:00"));
    assertThat(state.events())
        .filteredOn(TimelineEntry::afterRelease)
        .extracting(e -> e.stored().type())
        .containsExactly("InjuryRecorded");
  }

  @Test
  void theDutyToReportOpensAndIsBreachedWhenNobodyToldTheProsecutorIn24Hours() {
    var record = injuredAfterRelease();

    var evening = judge(kz(), record, "2026-03-03T09:00+05:00");
    assertThat(statuses(evening, REPORTED)).containsExactly(PENDING);
    assertThat(only(evening, REPORTED).dueAt()).isEqualTo(at("2026-03-03T21:00+05:00"));
    assertThat(evening.nextDueAt()).isEqualTo(at("2026-03-03T21:00+05:00"));

    assertThat(statuses(judge(kz(), record, "2026-03-03T21:00+05:00"), REPORTED))
        .containsExactly(BREACHED);
  }

  @Test
  void theDutyToReportIsMetWhenTheProsecutorIsToldInTime() {
    var record = injuredAfterRelease();
    append(record, prosecutorToldOfIllTreatmentAt("2026-03-03T10:00+05:00"), "officer");

    var o = only(judge(kz(), record, "2026-03-04T12:00+05:00"), REPORTED);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.seqs()).containsExactly(8, 9);
  }

  @Test
  void theFacilityOwesNoExaminationForAnInjuryFoundAfterRelease() {
    var e = judge(kz(), injuredAfterRelease(), "2026-03-04T12:00+05:00");

    assertThat(statuses(e, EXAMINED)).containsExactly(MET, NOT_APPLICABLE);
    assertThat(e.of(EXAMINED).get(1).reason()).isEqualTo(Reason.ENDED_BEFORE_DUE);
  }

  @Test
  void theRestOfTheRecordIsJudgedAsWithoutTheInjury() {
    Evaluation without = judge(kz(), heldAndReleased(), "2026-03-04T12:00+05:00");
    Evaluation with = judge(kz(), injuredAfterRelease(), "2026-03-04T12:00+05:00");

    for (var rule : kz().rules()) {
      if (!rule.id().equals(REPORTED) && !rule.id().equals(EXAMINED)) {
        assertThat(statuses(with, rule.id())).as(rule.id()).isEqualTo(statuses(without, rule.id()));
      }
    }
  }

  @Test
  void anArrivalAtAFacilityAfterTheReleaseIsRefused() {
    var record = injuredAfterRelease();

    var refusal =
        catchThrowableOfType(
            CustodyRuleViolation.class,
            () ->
                CustodyRecord.checkAppend(
                    record,
                    new ArrivedAtFacility(at("2026-03-02T22:00+05:00"), PD),
                    at("2026-03-02T22:05+05:00")));

    // The API answers this rule with 422 (CustodyRecords.checked).
    assertThat(refusal.rule()).isEqualTo(CustodyRuleViolation.OUT_OF_ORDER);
    assertThat(refusal.code()).isEqualTo("custody.rule.after-release");
    assertThat(refusal.getMessage()).contains("“Injury recorded”");
  }

  /** Appends as the record does: checked against what is stored, typed in a few minutes later. */
  private static void append(List<StoredEvent> record, CustodyEvent e, String by) {
    var recordedAt = e.occurredAt().plusSeconds(300);
    if (!record.isEmpty()) {
      CustodyRecord.checkAppend(record, e, recordedAt);
    }
    record.add(new StoredEvent(record.size() + 1, e, recordedAt, by, null));
  }
}
