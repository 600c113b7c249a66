package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.CustodyRuleViolation;
import org.habeas.custody.RecordStatus;
import org.habeas.custody.StoredEvent;
import org.junit.jupiter.api.Test;

class AppendRulesTest extends CustodyTest {

  @Test
  void opensRecordWithApprehension() {
    CustodyRecord state = append(List.of(), apprehendedAt("2026-03-01T22:15+05:00"));

    assertThat(state.status()).isEqualTo(RecordStatus.OPEN);
    assertThat(state.apprehendedAt()).isEqualTo(at("2026-03-01T22:15+05:00"));
    assertThat(state.lastSeq()).isEqualTo(1);
  }

  @Test
  void rejectsRecordNotOpenedByApprehension() {
    CustodyRuleViolation refusal = refusalOf(List.of(), cellVisitedAt("2026-03-01T22:15+05:00"));

    assertThat(refusal.code()).isEqualTo("custody.rule.first-not-apprehended");
    assertThat(refusal.field()).isEqualTo("type");
  }

  @Test
  void rejectsSecondApprehension() {
    var given = given(apprehendedAt("2026-03-01T22:15+05:00"));

    CustodyRuleViolation refusal = refusalOf(given, apprehendedAt("2026-03-01T23:00+05:00"));

    assertThat(refusal.rule()).isEqualTo("record.out-of-order");
    assertThat(refusal.code()).isEqualTo("custody.rule.second-apprehension");
    assertThat(refusal.field()).isEqualTo("type");
  }

  @Test
  void rejectsEventBeforeApprehension() {
    var given = given(apprehendedAt("2026-03-01T22:15+05:00"));

    CustodyRuleViolation refusal = refusalOf(given, cellVisitedAt("2026-03-01T21:00+05:00"));

    assertThat(refusal.code()).isEqualTo("custody.rule.before-apprehension");
    assertThat(refusal.field()).isEqualTo("occurredAt");
    assertThat(refusal.args())
        .containsExactly(at("2026-03-01T21:00+05:00"), at("2026-03-01T22:15+05:00"));
  }

  @Test
  void rejectsEventAfterRelease() {
    var given =
        given(apprehendedAt("2026-03-01T22:15+05:00"), releasedAt("2026-03-02T10:00+05:00"));

    CustodyRuleViolation refusal = refusalOf(given, questioningStartedAt("2026-03-02T11:00+05:00"));

    assertThat(refusal.rule()).isEqualTo("record.out-of-order");
    assertThat(refusal.code()).isEqualTo("custody.rule.after-release");
    assertThat(refusal.field()).isEqualTo("occurredAt");
    assertThat(refusal.getMessage())
        .isEqualTo(
            "The person was released at 2026-03-02T05:00:00Z; the timeline would have an event at"
                + " 2026-03-02T06:00:00Z, after the release. After a release only these can be"
                + " recorded: “Allegation of ill-treatment made”, “Injury recorded”, “Medical"
                + " examination completed”, “Prosecutor notified”, “Registration in the ERDR”,"
                + " “Correction”.");
  }

  @Test
  void rejectsSecondRelease() {
    var given =
        given(apprehendedAt("2026-03-01T22:15+05:00"), releasedAt("2026-03-02T10:00+05:00"));

    CustodyRuleViolation refusal = refusalOf(given, releasedAt("2026-03-02T10:00+05:00"));

    assertThat(refusal.code()).isEqualTo("custody.rule.second-release");
    assertThat(refusal.field()).isEqualTo("type");
  }

  @Test
  void rejectsLateReleaseThatWouldLeaveLaterEventsAfterIt() {
    var given =
        given(apprehendedAt("2026-03-01T22:15+05:00"), cellVisitedAt("2026-03-02T09:00+05:00"));

    CustodyRuleViolation refusal = refusalOf(given, releasedAt("2026-03-02T08:00+05:00"));

    assertThat(refusal.code()).isEqualTo("custody.rule.after-release");
    assertThat(refusal.field()).isEqualTo("occurredAt");
  }

  @Test
  void acceptsLateEntryBeforeRelease() {
    var given =
        given(apprehendedAt("2026-03-01T22:15+05:00"), releasedAt("2026-03-02T10:00+05:00"));

    CustodyRecord state = append(given, cellVisitedAt("2026-03-02T09:00+05:00"));

    assertThat(state.status()).isEqualTo(RecordStatus.CLOSED);
    assertThat(state.events()).hasSize(3);
  }

  @Test
  void acceptsEventAtTheMomentOfRelease() {
    var given =
        given(apprehendedAt("2026-03-01T22:15+05:00"), releasedAt("2026-03-02T10:00+05:00"));

    CustodyRecord state = append(given, cellVisitedAt("2026-03-02T10:00+05:00"));

    assertThat(state.closedAt()).isEqualTo(at("2026-03-02T10:00+05:00"));
  }

  @Test
  void rejectsEventAfterHandOverToRemandPrison() {
    var given =
        given(
            apprehendedAt("2026-03-01T22:15+05:00"),
            remandOrderedAt("2026-03-03T11:00+05:00"),
            transferredAt("2026-03-03T15:00+05:00", SIZO));

    CustodyRuleViolation refusal = refusalOf(given, cellVisitedAt("2026-03-03T16:00+05:00"));

    assertThat(refusal.code()).isEqualTo("custody.rule.after-remand-transfer");
  }

  @Test
  void rejectsEventMoreThanFiveMinutesInFuture() {
    var given = given(apprehendedAt("2026-03-01T22:15+05:00"));

    var refusal =
        catchThrowableOfType(
            CustodyRuleViolation.class,
            () ->
                CustodyRecord.checkAppend(
                    given,
                    cellVisitedAt("2026-03-02T10:05:01+05:00"),
                    at("2026-03-02T10:00+05:00")));

    assertThat(refusal.rule()).isEqualTo("record.future-event");
    assertThat(refusal.code()).isEqualTo("custody.rule.future-event");
    assertThat(refusal.field()).isEqualTo("occurredAt");
  }

  @Test
  void acceptsEventUpToFiveMinutesAhead() {
    var given = given(apprehendedAt("2026-03-01T22:15+05:00"));

    CustodyRecord state =
        CustodyRecord.checkAppend(
            given, cellVisitedAt("2026-03-02T10:05+05:00"), at("2026-03-02T10:00+05:00"));

    assertThat(state.lastSeq()).isEqualTo(2);
  }

  @Test
  void rejectsQuestioningWhileAnotherIsInProgress() {
    var given =
        given(
            apprehendedAt("2026-03-01T22:15+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"));

    CustodyRuleViolation refusal = refusalOf(given, questioningStartedAt("2026-03-02T10:00+05:00"));

    assertThat(refusal.code()).isEqualTo("custody.rule.interrogation-in-progress");
    assertThat(refusal.args())
        .containsExactly(at("2026-03-02T10:00+05:00"), at("2026-03-02T09:00+05:00"));
  }

  @Test
  void rejectsEndOfQuestioningWithNoneInProgress() {
    var given = given(apprehendedAt("2026-03-01T22:15+05:00"));

    CustodyRuleViolation refusal = refusalOf(given, questioningEndedAt("2026-03-02T10:00+05:00"));

    assertThat(refusal.code()).isEqualTo("custody.rule.no-interrogation-in-progress");
  }

  @Test
  void acceptsLateEndOfQuestioningBeforeALaterStart() {
    var given =
        given(
            apprehendedAt("2026-03-01T22:15+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"));
    var withLateEnd = stored(given, questioningEndedAt("2026-03-02T10:00+05:00"));

    CustodyRecord state = append(withLateEnd, questioningStartedAt("2026-03-02T11:00+05:00"));

    assertThat(state.interrogationInProgress()).isTrue();
    assertThat(state.interrogationStartedAt()).isEqualTo(at("2026-03-02T11:00+05:00"));
  }

  @Test
  void rejectsLateEndThatBreaksAnExistingPair() {
    var given =
        given(
            apprehendedAt("2026-03-01T22:15+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"),
            questioningEndedAt("2026-03-02T11:00+05:00"));

    CustodyRuleViolation refusal = refusalOf(given, questioningEndedAt("2026-03-02T10:00+05:00"));

    assertThat(refusal.code()).isEqualTo("custody.rule.no-interrogation-in-progress");
    assertThat(refusal.field()).isEqualTo("occurredAt");
    assertThat(refusal.args()).containsExactly(at("2026-03-02T11:00+05:00"));
  }

  @Test
  void rejectsLateStartInsideAnExistingPair() {
    var given =
        given(
            apprehendedAt("2026-03-01T22:15+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"),
            questioningEndedAt("2026-03-02T11:00+05:00"));

    CustodyRuleViolation refusal = refusalOf(given, questioningStartedAt("2026-03-02T10:00+05:00"));

    assertThat(refusal.code()).isEqualTo("custody.rule.interrogation-in-progress");
  }

  @Test
  void acceptsQuestioningFromPaperBetweenTwoOthersStartFirst() {
    var given =
        given(
            apprehendedAt("2026-03-01T22:15+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"),
            questioningEndedAt("2026-03-02T10:00+05:00"),
            questioningStartedAt("2026-03-02T13:00+05:00"),
            questioningEndedAt("2026-03-02T14:00+05:00"));
    var withLateStart = stored(given, questioningStartedAt("2026-03-02T11:00+05:00"));

    CustodyRecord state = append(withLateStart, questioningEndedAt("2026-03-02T12:00+05:00"));

    assertThat(state.interrogationInProgress()).isFalse();
    assertThat(state.lastSeq()).isEqualTo(7);
  }

  @Test
  void rejectsWrongEndOfQuestioningFromPaper() {
    var given =
        given(
            apprehendedAt("2026-03-01T22:15+05:00"),
            questioningStartedAt("2026-03-02T13:00+05:00"),
            questioningEndedAt("2026-03-02T14:00+05:00"));
    var withLateStart = stored(given, questioningStartedAt("2026-03-02T11:00+05:00"));

    CustodyRuleViolation refusal =
        refusalOf(withLateStart, questioningEndedAt("2026-03-02T13:30+05:00"));

    assertThat(refusal.code()).isEqualTo("custody.rule.no-interrogation-in-progress");
  }

  @Test
  void acceptsArrivalAtTheFacilityNamedAtApprehension() {
    var given = given(apprehendedAt("2026-03-01T22:15+05:00"));

    CustodyRecord state = append(given, arrivedAt("2026-03-01T23:00+05:00", TDF));

    assertThat(state.atCurrentFacility()).isTrue();
    assertThat(state.arrivedAt()).isEqualTo(at("2026-03-01T23:00+05:00"));
  }

  @Test
  void rejectsArrivalAtFacilityThePersonIsAlreadyIn() {
    var given =
        given(apprehendedAt("2026-03-01T22:15+05:00"), arrivedAt("2026-03-01T23:00+05:00", TDF));

    CustodyRuleViolation refusal = refusalOf(given, arrivedAt("2026-03-01T23:30+05:00", TDF));

    assertThat(refusal.code()).isEqualTo("custody.rule.already-at-facility");
    assertThat(refusal.field()).isEqualTo("facilityId");
  }

  @Test
  void rejectsTransferToFacilityThePersonIsAlreadyIn() {
    var given =
        given(apprehendedAt("2026-03-01T22:15+05:00"), arrivedAt("2026-03-01T23:00+05:00", TDF));

    CustodyRuleViolation refusal = refusalOf(given, transferredAt("2026-03-02T09:00+05:00", TDF));

    assertThat(refusal.code()).isEqualTo("custody.rule.already-at-facility");
    assertThat(refusal.field()).isEqualTo("toFacilityId");
    assertThat(refusal.args()).containsExactly(at("2026-03-02T09:00+05:00"), TDF);
  }

  @Test
  void rejectsExtensionThatEndsBeforeItIsGranted() {
    var given = given(apprehendedAt("2026-03-01T22:15+05:00"));

    CustodyRuleViolation refusal =
        refusalOf(given, extendedAt("2026-03-03T10:00+05:00", "2026-03-03T10:00+05:00"));

    assertThat(refusal.code()).isEqualTo("custody.rule.extension-not-after-event");
    assertThat(refusal.field()).isEqualTo("until");
  }

  @Test
  void toleratesContradictionsAlreadyStored() {
    // Stored before a rule existed: a second start with no end in between.
    var given =
        given(
            apprehendedAt("2026-03-01T22:15+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"),
            questioningStartedAt("2026-03-02T10:00+05:00"));

    CustodyRecord state = append(given, cellVisitedAt("2026-03-02T12:00+05:00"));

    assertThat(state.lastSeq()).isEqualTo(4);
  }

  @Test
  void refusalLeavesNothingBehind() {
    var given =
        given(apprehendedAt("2026-03-01T22:15+05:00"), releasedAt("2026-03-02T10:00+05:00"));
    List<StoredEvent> copy = List.copyOf(given);

    refusalOf(given, cellVisitedAt("2026-03-02T11:00+05:00"));

    assertThat(given).isEqualTo(copy);
  }

  /** The events with {@code late} appended after checking it, as the store would keep them. */
  private static List<StoredEvent> stored(List<StoredEvent> existing, CustodyEvent late) {
    CustodyRecord state = append(existing, late);
    var all = new ArrayList<>(existing);
    all.add(new StoredEvent(state.lastSeq(), late, LATER, "officer", null));
    return all;
  }
}
