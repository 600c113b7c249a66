package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.habeas.custody.AfterRelease;
import org.habeas.custody.AllegationMade;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.CustodyRuleViolation;
import org.habeas.custody.InjuryRecorded;
import org.habeas.custody.MedicalExaminationCompleted;
import org.habeas.custody.NotificationSubject;
import org.habeas.custody.ProsecutorNotified;
import org.habeas.custody.RecordStatus;
import org.habeas.custody.StoredEvent;
import org.habeas.custody.TimelineEntry;
import org.habeas.system.web.IcuMessageSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 3: after a release the record takes exactly the events that can lawfully follow it
 * ({@link AfterRelease#EVENTS}), marks them as after release, and refuses every other.
 */
class AfterReleaseTest extends CustodyTest {

  private static final String RELEASE = "2026-03-02T18:00+05:00";
  private static final String EVENING = "2026-03-02T21:00+05:00";

  private static List<StoredEvent> released() {
    return given(
        apprehendedAt("2026-03-02T10:00+05:00"),
        arrivedAt("2026-03-02T10:30+05:00", TDF),
        cellVisitedAt("2026-03-02T12:00+05:00"),
        releasedAt(RELEASE));
  }

  static InjuryRecorded injuryAt(String at) {
    return new InjuryRecorded(at(at), "bruises on both wrists", "Dr. Omarova, city hospital 2");
  }

  static AllegationMade allegationAt(String at) {
    return new AllegationMade(at(at), "officers of the TDF", "beaten in the cell on the 2nd");
  }

  static MedicalExaminationCompleted examinedWithInjuriesAt(String at) {
    return new MedicalExaminationCompleted(at(at), "Dr. Omarova", true, null);
  }

  static ProsecutorNotified reportedAt(String at) {
    return new ProsecutorNotified(
        at(at), "Astana city prosecutor", "in writing", NotificationSubject.ILL_TREATMENT);
  }

  @Test
  void anInjuryFoundThatEveningIsTakenAndTheRecordStaysClosed() {
    CustodyRecord state = append(released(), injuryAt(EVENING));

    assertThat(state.status()).isEqualTo(RecordStatus.CLOSED);
    assertThat(state.closedAt()).isEqualTo(at(RELEASE));
    assertThat(state.events()).hasSize(5);
  }

  @Test
  void everyKindThatCanFollowAReleaseIsTakenOneAfterAnother() {
    var events =
        List.<CustodyEvent>of(
            injuryAt(EVENING),
            examinedWithInjuriesAt("2026-03-02T21:30+05:00"),
            allegationAt("2026-03-03T10:00+05:00"),
            reportedAt("2026-03-03T11:00+05:00"));
    var stored = new java.util.ArrayList<>(released());
    for (var e : events) {
      append(stored, e);
      stored.add(new StoredEvent(stored.size() + 1, e, e.occurredAt(), "officer", null));
    }

    assertThat(CustodyRecord.replay(stored).status()).isEqualTo(RecordStatus.CLOSED);
  }

  @Test
  void anyOtherEventAfterTheReleaseIsRefusedNamingTheKindsThatMayFollowIt() {
    CustodyRuleViolation refusal =
        refusalOf(released(), new ArrivedAtFacility(at(EVENING), DEPARTMENT));

    assertThat(refusal.rule()).isEqualTo("record.out-of-order");
    assertThat(refusal.code()).isEqualTo("custody.rule.after-release");
    assertThat(refusal.field()).isEqualTo("occurredAt");
    assertThat(refusal.getMessage())
        .isEqualTo(
            "The person was released at 2026-03-02T13:00:00Z; the timeline would have an event at"
                + " 2026-03-02T16:00:00Z, after the release. After a release only these can be"
                + " recorded: “Allegation of ill-treatment made”, “Injury recorded”, “Medical"
                + " examination completed”, “Prosecutor notified”, “Registration in the ERDR”,"
                + " “Correction”.");
  }

  @Test
  void theRefusalNamesTheKindsInTheReadersLanguage() {
    var refusal = refusalOf(released(), cellVisitedAt(EVENING));
    var messages = IcuMessageSource.of("i18n/system", "i18n/custody", "i18n/formats");

    assertThat(messages.getMessage(refusal.code(), refusal.args(), Locale.forLanguageTag("ru")))
        .contains("После освобождения можно внести только: «Заявление о жестоком обращении»,")
        .contains("«Исправление»");
    assertThat(messages.getMessage(refusal.code(), refusal.args(), Locale.forLanguageTag("kk")))
        .contains("Босатылғаннан кейін тек мыналарды енгізуге болады: «Қатыгездік туралы арыз»,");
    assertThat(messages.getMessage(refusal.code(), refusal.args(), Locale.ENGLISH))
        .contains("“Injury recorded”");
  }

  @Test
  void aSecondReleaseStaysRefused() {
    var refusal = refusalOf(released(), releasedAt(EVENING));

    assertThat(refusal.code()).isEqualTo("custody.rule.second-release");
  }

  @Test
  void aCorrectionMayMoveAnInjuryAfterTheReleaseButNotACellVisit() {
    var withInjury =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            injuryAt("2026-03-02T11:00+05:00"),
            cellVisitedAt("2026-03-02T12:00+05:00"),
            releasedAt(RELEASE));

    var state = append(withInjury, correctionAt("2026-03-03T09:00+05:00", 2, injuryAt(EVENING)));
    assertThat(entry(state, 5).afterRelease()).isTrue();

    var refusal =
        refusalOf(withInjury, correctionAt("2026-03-03T09:00+05:00", 3, cellVisitedAt(EVENING)));
    assertThat(refusal.code()).isEqualTo("custody.rule.after-release");
    assertThat(refusal.field()).isEqualTo("replacement.occurredAt");
  }

  @Test
  void aLateReleaseMayLeaveAnInjuryAfterItButNotAQuestioning() {
    var given = given(apprehendedAt("2026-03-02T10:00+05:00"), injuryAt("2026-03-02T19:00+05:00"));

    assertThat(append(given, releasedAt(RELEASE)).events()).hasSize(3);

    var questioned =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            questioningStartedAt("2026-03-02T19:00+05:00"));
    assertThat(refusalOf(questioned, releasedAt(RELEASE)).code())
        .isEqualTo("custody.rule.after-release");
  }

  @Test
  void theTimelineMarksWhatCameAfterTheReleaseAndOnlyThat() {
    var stored = new java.util.ArrayList<>(released());
    stored.add(new StoredEvent(5, injuryAt(EVENING), at(EVENING), "doctor", null));
    stored.add(
        new StoredEvent(6, cellVisitedAt(RELEASE), at("2026-03-02T18:30+05:00"), "officer", null));

    var state = CustodyRecord.replay(stored);

    assertThat(state.events())
        .extracting(e -> e.stored().seq(), TimelineEntry::afterRelease)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, false),
            org.assertj.core.groups.Tuple.tuple(2, false),
            org.assertj.core.groups.Tuple.tuple(3, false),
            org.assertj.core.groups.Tuple.tuple(4, false),
            // At the very minute of the release: not after it.
            org.assertj.core.groups.Tuple.tuple(6, false),
            org.assertj.core.groups.Tuple.tuple(5, true));
  }

  @Test
  void aRecordHandedOverToARemandPrisonMarksNothingAfterRelease() {
    var state =
        record(
            apprehendedAt("2026-03-01T22:15+05:00"),
            remandOrderedAt("2026-03-03T11:00+05:00"),
            transferredAt("2026-03-03T15:00+05:00", SIZO));

    assertThat(state.events()).noneMatch(TimelineEntry::afterRelease);
  }

  @Test
  void theAllowedKindsAreOneListThatIncludesCorrections() {
    assertThat(AfterRelease.EVENTS)
        .extracting(Class::getSimpleName)
        .contains(
            "AllegationMade",
            "InjuryRecorded",
            "MedicalExaminationCompleted",
            "ProsecutorNotified",
            "ReportRegistered",
            "Corrected")
        .doesNotContain("Released", "ArrivedAtFacility", "Transferred");
  }

  private static TimelineEntry entry(CustodyRecord state, int seq) {
    return state.events().stream().filter(e -> e.stored().seq() == seq).findFirst().orElseThrow();
  }
}
