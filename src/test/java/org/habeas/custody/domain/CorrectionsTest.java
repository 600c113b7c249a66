package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.CustodyRuleViolation;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.Person;
import org.habeas.custody.RecordStatus;
import org.habeas.custody.TimelineEntry;
import org.junit.jupiter.api.Test;

class CorrectionsTest extends CustodyTest {

  @Test
  void correctionReplacesOriginalInState() {
    CustodyRecord state =
        record(
            apprehendedAt("2026-03-01T22:15+05:00"),
            arrivedAt("2026-03-01T23:00+05:00", DEPARTMENT),
            correctionAt("2026-03-02T08:00+05:00", 2, arrivedAt("2026-03-01T23:00+05:00", TDF)));

    assertThat(state.currentFacilityId()).isEqualTo(TDF);
    assertThat(state.facilitiesVisited()).containsExactly(TDF);
  }

  @Test
  void correctionOfTimeMovesEventInTimeline() {
    CustodyRecord state =
        record(
            apprehendedAt("2026-03-01T22:15+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"),
            questioningEndedAt("2026-03-02T10:00+05:00"),
            correctionAt(
                "2026-03-02T12:00+05:00", 3, questioningEndedAt("2026-03-02T08:00+05:00")));

    // The corrected end now precedes the start, so questioning counts as still going on.
    assertThat(state.interrogationInProgress()).isTrue();
  }

  @Test
  void timelineKeepsOriginalMarkedSuperseded() {
    CustodyRecord state =
        record(
            apprehendedAt("2026-03-01T22:15+05:00"),
            arrivedAt("2026-03-01T23:00+05:00", DEPARTMENT),
            correctionAt("2026-03-02T08:00+05:00", 2, arrivedAt("2026-03-01T23:00+05:00", TDF)));

    assertThat(state.events())
        .extracting(e -> e.stored().seq(), TimelineEntry::superseded)
        .containsExactly(tuple(1, false), tuple(2, true), tuple(3, false));
    assertThat(state.events().get(1).supersededBy()).isEqualTo(3);
  }

  @Test
  void latestCorrectionWins() {
    CustodyRecord state =
        record(
            apprehendedAt("2026-03-01T22:15+05:00"),
            arrivedAt("2026-03-01T23:00+05:00", DEPARTMENT),
            correctionAt("2026-03-02T08:00+05:00", 2, arrivedAt("2026-03-01T23:00+05:00", SIZO)),
            correctionAt("2026-03-02T09:00+05:00", 2, arrivedAt("2026-03-01T23:00+05:00", TDF)));

    assertThat(state.currentFacilityId()).isEqualTo(TDF);
    assertThat(state.events().get(2).supersededBy()).as("first correction").isEqualTo(4);
    assertThat(state.events().get(1).supersededBy()).as("original").isEqualTo(4);
    assertThat(state.lastSeq()).isEqualTo(4);
  }

  @Test
  void correctingApprehensionFixesMisspeltName() {
    var given = given(juvenileApprehendedAt("2026-03-01T22:15+05:00"));
    var rightName = new Person("Arman Nurlanuly", LocalDate.parse("2008-06-15"), null, "KZ", "ru");

    CustodyRecord state =
        append(
            given,
            correctionAt(
                "2026-03-02T08:00+05:00",
                1,
                apprehended("2026-03-01T22:15+05:00", rightName, Jurisdiction.KZ)));

    assertThat(state.person().name()).isEqualTo("Arman Nurlanuly");
  }

  @Test
  void acceptsCorrectionAfterRecordClosed() {
    var given =
        given(
            apprehendedAt("2026-03-01T22:15+05:00"),
            cellVisitedAt("2026-03-02T09:00+05:00"),
            releasedAt("2026-03-02T10:00+05:00"));

    CustodyRecord state =
        append(
            given,
            correctionAt("2026-03-05T08:00+05:00", 2, cellVisitedAt("2026-03-02T09:30+05:00")));

    assertThat(state.status()).isEqualTo(RecordStatus.CLOSED);
    assertThat(state.lastSeq()).isEqualTo(4);
  }

  @Test
  void rejectsCorrectionThatMovesEventAfterRelease() {
    var given =
        given(
            apprehendedAt("2026-03-01T22:15+05:00"),
            cellVisitedAt("2026-03-02T09:00+05:00"),
            releasedAt("2026-03-02T10:00+05:00"));

    CustodyRuleViolation refusal =
        refusalOf(
            given,
            correctionAt("2026-03-05T08:00+05:00", 2, cellVisitedAt("2026-03-02T11:00+05:00")));

    assertThat(refusal.code()).isEqualTo("custody.rule.after-release");
    assertThat(refusal.field()).isEqualTo("replacement.occurredAt");
  }

  @Test
  void rejectsCorrectionThatMovesApprehensionAfterLaterEvents() {
    var given =
        given(apprehendedAt("2026-03-01T22:15+05:00"), cellVisitedAt("2026-03-01T23:00+05:00"));

    CustodyRuleViolation refusal =
        refusalOf(
            given,
            correctionAt("2026-03-02T08:00+05:00", 1, apprehendedAt("2026-03-02T00:00+05:00")));

    assertThat(refusal.code()).isEqualTo("custody.rule.before-apprehension");
    assertThat(refusal.field()).isEqualTo("replacement.occurredAt");
  }

  @Test
  void correctionMustKeepEventType() {
    var given =
        given(apprehendedAt("2026-03-01T22:15+05:00"), cellVisitedAt("2026-03-01T23:00+05:00"));

    CustodyRuleViolation refusal =
        refusalOf(
            given, correctionAt("2026-03-02T08:00+05:00", 2, releasedAt("2026-03-01T23:00+05:00")));

    assertThat(refusal.code()).isEqualTo("custody.rule.correction-type-mismatch");
    assertThat(refusal.field()).isEqualTo("replacement.type");
    assertThat(refusal.args()).containsExactly("2", "CellVisited", "Released");
  }

  @Test
  void rejectsCorrectionOfUnknownEvent() {
    var given = given(apprehendedAt("2026-03-01T22:15+05:00"));

    CustodyRuleViolation refusal =
        refusalOf(
            given,
            correctionAt("2026-03-02T08:00+05:00", 7, cellVisitedAt("2026-03-01T23:00+05:00")));

    assertThat(refusal.code()).isEqualTo("custody.rule.correction-unknown-event");
    assertThat(refusal.field()).isEqualTo("correctsSeq");
  }

  @Test
  void rejectsCorrectionOfCorrection() {
    var given =
        given(
            apprehendedAt("2026-03-01T22:15+05:00"),
            cellVisitedAt("2026-03-01T23:00+05:00"),
            correctionAt("2026-03-02T08:00+05:00", 2, cellVisitedAt("2026-03-01T23:10+05:00")));

    CustodyRuleViolation refusal =
        refusalOf(
            given,
            correctionAt(
                "2026-03-02T09:00+05:00",
                3,
                correctionAt(
                    "2026-03-02T08:00+05:00", 2, cellVisitedAt("2026-03-01T23:20+05:00"))));

    assertThat(refusal.code()).isEqualTo("custody.rule.correction-of-correction");
    assertThat(refusal.field()).isEqualTo("correctsSeq");
  }

  @Test
  void rejectsCorrectionDatedInFuture() {
    var given =
        given(apprehendedAt("2026-03-01T22:15+05:00"), cellVisitedAt("2026-03-01T23:00+05:00"));

    CustodyRuleViolation refusal =
        refusalOf(
            given,
            correctionAt("2026-03-02T08:00+05:00", 2, cellVisitedAt("2026-03-21T23:00+05:00")));

    assertThat(refusal.rule()).isEqualTo("record.future-event");
    assertThat(refusal.field()).isEqualTo("replacement.occurredAt");
  }
}
