package org.habeas.safeguards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.LATE;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.NOT_APPLICABLE;
import static org.habeas.safeguards.ObligationStatus.PENDING;
import static org.habeas.safeguards.ObligationStatus.WAIVED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.habeas.custody.DelayedRight;
import org.habeas.custody.StoredEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole records, as they happen, judged at one instant against each profile: a table of the
 * statuses every named rule must come to. Rules not named are not checked here.
 */
class WholeRecordScenariosTest extends SafeguardsFixtures {

  record Scenario(
      String name,
      Profile profile,
      List<StoredEvent> events,
      String at,
      Map<String, List<ObligationStatus>> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void judgesTheWholeRecord(Scenario s) {
    Evaluation e = judge(s.profile(), s.events(), s.at());

    s.expected()
        .forEach((rule, statuses) -> assertThat(statuses(e, rule)).as(rule).isEqualTo(statuses));
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        scenario(
            "kz: a textbook record, remanded on day two",
            kz(),
            "2026-03-04T12:00+05:00",
            given(
                apprehendedAt("2026-03-02T10:00+05:00"),
                rightsExplainedAt("2026-03-02T10:05+05:00"),
                arrivedAt("2026-03-02T10:40+05:00", TDF),
                protocolAt("2026-03-02T11:30+05:00"),
                relativeNotifiedAt("2026-03-02T12:00+05:00"),
                prosecutorNotifiedAt("2026-03-02T14:00+05:00"),
                examinedAt("2026-03-02T15:00+05:00"),
                lawyerArrivedAt("2026-03-02T15:30+05:00"),
                questioningStartedAt("2026-03-02T16:00+05:00"),
                questioningEndedAt("2026-03-02T18:00+05:00"),
                remandOrderedAt("2026-03-04T09:00+05:00"),
                transferredAt("2026-03-04T11:00+05:00", "kz-ast-sizo1")),
            "kz.rights-at-apprehension",
            List.of(MET),
            "kz.detention-protocol-3h",
            List.of(MET),
            "kz.prosecutor-notified-12h",
            List.of(MET),
            "kz.relatives-notified-12h",
            List.of(MET),
            "kz.consul-notified-24h",
            List.of(NOT_APPLICABLE),
            "kz.lawyer-from-outset",
            List.of(MET),
            "kz.court-within-48h",
            List.of(MET),
            "kz.juvenile-court-within-24h",
            List.of(NOT_APPLICABLE),
            "kz.medical-on-admission",
            List.of(MET),
            "record.open-too-long",
            List.of(MET)),
        scenario(
            "kz: held 50 hours without a court",
            kz(),
            "2026-03-04T12:00+05:00",
            given(
                apprehendedAt("2026-03-02T10:00+05:00"), arrivedAt("2026-03-02T10:30+05:00", TDF)),
            "kz.court-within-48h",
            List.of(BREACHED),
            "kz.detention-protocol-3h",
            List.of(BREACHED),
            "kz.relatives-notified-12h",
            List.of(BREACHED),
            "kz.medical-on-admission",
            List.of(BREACHED),
            "record.open-too-long",
            List.of(PENDING)),
        scenario(
            "kz: released after two hours owes no later notices",
            kz(),
            "2026-03-05T10:00+05:00",
            given(
                apprehendedAt("2026-03-02T10:00+05:00"),
                rightsExplainedAt("2026-03-02T10:10+05:00"),
                releasedAt("2026-03-02T12:00+05:00")),
            "kz.relatives-notified-12h",
            List.of(NOT_APPLICABLE),
            "kz.court-within-48h",
            List.of(MET),
            "kz.detention-protocol-3h",
            List.of(NOT_APPLICABLE),
            "record.open-too-long",
            List.of(MET)),
        scenario(
            "kz: a juvenile questioned without a representative or lawyer",
            kz(),
            "2026-03-02T14:00+05:00",
            given(
                juvenileApprehendedAt("2026-03-02T10:00+05:00"),
                rightsExplainedAt("2026-03-02T10:10+05:00"),
                new org.habeas.custody.InterrogationStarted(
                    at("2026-03-02T11:00+05:00"),
                    "Inv. Karimov",
                    false,
                    false,
                    null,
                    "vid-2",
                    null),
                questioningEndedAt("2026-03-02T13:30+05:00")),
            "kz.lawyer-from-outset",
            List.of(BREACHED),
            "kz.juvenile-legal-representative",
            List.of(BREACHED),
            "kz.interrogation-4h-continuous",
            List.of(BREACHED),
            "kz.juvenile-court-within-24h",
            List.of(PENDING),
            "kz.court-within-48h",
            List.of(NOT_APPLICABLE)),
        scenario(
            "kz: a juvenile released on day two is late",
            kz(),
            "2026-03-04T10:00+05:00",
            given(
                juvenileApprehendedAt("2026-03-02T10:00+05:00"),
                releasedAt("2026-03-03T12:00+05:00")),
            "kz.juvenile-court-within-24h",
            List.of(LATE)),
        scenario(
            "kz: a foreigner with an interpreter and a consul",
            kz(),
            "2026-03-03T12:00+05:00",
            given(
                foreignerApprehendedAt("2026-03-02T10:00+05:00"),
                interpreterAssignedAt("2026-03-02T10:30+05:00"),
                rightsExplainedAt("2026-03-02T10:45+05:00"),
                consulNotifiedAt("2026-03-02T18:00+05:00"),
                questioningStartedAt("2026-03-02T12:00+05:00"),
                questioningEndedAt("2026-03-02T13:00+05:00")),
            "kz.consul-notified-24h",
            List.of(MET),
            "kz.interpreter-before-questioning",
            List.of(MET),
            "kz.rights-at-apprehension",
            List.of(MET)),
        scenario(
            "kz: a foreigner questioned before an interpreter came",
            kz(),
            "2026-03-03T12:00+05:00",
            given(
                foreignerApprehendedAt("2026-03-02T10:00+05:00"),
                questioningStartedAt("2026-03-02T11:00+05:00"),
                questioningEndedAt("2026-03-02T12:00+05:00"),
                interpreterAssignedAt("2026-03-02T13:00+05:00")),
            "kz.interpreter-before-questioning",
            List.of(BREACHED),
            "kz.consul-notified-24h",
            List.of(BREACHED),
            "kz.rights-at-apprehension",
            List.of(BREACHED)),
        scenario(
            "kz: a waived lawyer, then a night questioning without urgency",
            kz(),
            "2026-03-03T09:00+05:00",
            given(
                apprehendedAt("2026-03-02T18:00+05:00"),
                rightsExplainedAt("2026-03-02T18:10+05:00"),
                lawyerWaivedAt("2026-03-02T19:00+05:00", true, true),
                questioningWithoutLawyerAt("2026-03-02T21:00+05:00"),
                questioningEndedAt("2026-03-02T23:00+05:00")),
            "kz.lawyer-from-outset",
            List.of(WAIVED),
            "kz.no-night-interrogation",
            List.of(BREACHED),
            "kz.interrogation-4h-continuous",
            List.of(MET)),
        scenario(
            "kz: an extended detention within 72 hours",
            kz(),
            "2026-03-05T08:00+05:00",
            given(
                apprehendedAt("2026-03-02T10:00+05:00"),
                extendedAt("2026-03-04T09:00+05:00", "2026-03-05T10:00+05:00", "prosecutor"),
                remandOrderedAt("2026-03-05T07:00+05:00")),
            "kz.court-within-48h",
            List.of(MET),
            "record.open-too-long",
            List.of(PENDING)),
        scenario(
            "kz: an injury reported, examined, and the prosecutor told",
            kz(),
            "2026-03-03T12:00+05:00",
            given(
                apprehendedAt("2026-03-02T10:00+05:00"),
                arrivedAt("2026-03-02T10:30+05:00", TDF),
                injuryRecordedAt("2026-03-02T10:40+05:00"),
                examinedWithInjuriesAt("2026-03-02T11:20+05:00"),
                prosecutorToldOfIllTreatmentAt("2026-03-02T15:00+05:00")),
            "kz.medical-on-admission",
            List.of(MET, MET),
            "kz.ill-treatment-reported-24h",
            List.of(MET, MET)),
        scenario(
            "kz: a long day of questioning in two sessions",
            kz(),
            "2026-03-02T23:00+05:00",
            given(
                apprehendedAt("2026-03-02T07:00+05:00"),
                questioningStartedAt("2026-03-02T08:00+05:00"),
                questioningEndedAt("2026-03-02T12:30+05:00"),
                questioningStartedAt("2026-03-02T14:00+05:00"),
                questioningEndedAt("2026-03-02T18:00+05:00")),
            "kz.interrogation-4h-continuous",
            List.of(BREACHED, MET),
            "kz.interrogation-8h-per-day",
            List.of(BREACHED),
            "kz.interrogation-video-recorded",
            List.of(MET, MET)),
        scenario(
            "kz: back-dated entries show as late",
            kz(),
            "2026-03-02T20:00+05:00",
            given(
                apprehendedAt("2026-03-02T10:00+05:00"),
                recordedLate(rightsExplainedAt("2026-03-02T10:10+05:00"), "2026-03-02T16:00+05:00"),
                recordedLate(
                    relativeNotifiedAt("2026-03-02T11:00+05:00"), "2026-03-02T16:00+05:00")),
            "record.late-entry",
            List.of(LATE, LATE),
            "kz.rights-at-apprehension",
            List.of(MET)),
        scenario(
            "kz: a corrected release time makes the court rule late",
            kz(),
            "2026-03-05T10:00+05:00",
            given(
                apprehendedAt("2026-03-02T10:00+05:00"),
                releasedAt("2026-03-04T09:00+05:00"),
                correctionAt("2026-03-04T12:00+05:00", 2, releasedAt("2026-03-04T11:00+05:00"))),
            "kz.court-within-48h",
            List.of(LATE)),
        scenario(
            "cpt: a textbook detention",
            cpt(),
            "2026-03-04T12:00+01:00",
            given(
                detainedUnderCptAt("2026-03-02T10:00+01:00"),
                rightsGivenInWritingAt("2026-03-02T10:15+01:00"),
                relativeNotifiedAt("2026-03-02T11:00+01:00"),
                lawyerArrivedAt("2026-03-02T12:00+01:00"),
                questioningStartedAt("2026-03-02T13:00+01:00"),
                questioningEndedAt("2026-03-02T14:00+01:00"),
                broughtBeforeCourtAt("2026-03-03T10:00+01:00")),
            "cpt.rights-in-writing",
            List.of(MET),
            "cpt.lawyer-from-outset",
            List.of(MET),
            "cpt.third-party-notified",
            List.of(MET),
            "cpt.judge-within-48h",
            List.of(MET),
            "echr.art5-3-promptly",
            List.of(MET),
            "cpt.interviews-recorded",
            List.of(MET)),
        scenario(
            "cpt: four days without a judge",
            cpt(),
            "2026-03-06T10:00+01:00",
            given(detainedUnderCptAt("2026-03-02T10:00+01:00")),
            "cpt.judge-within-48h",
            List.of(BREACHED),
            "echr.art5-3-promptly",
            List.of(BREACHED),
            "record.open-too-long",
            List.of(BREACHED)),
        scenario(
            "cpt: three days is late for the CPT, in time for Strasbourg",
            cpt(),
            "2026-03-06T10:00+01:00",
            given(
                detainedUnderCptAt("2026-03-02T10:00+01:00"),
                broughtBeforeCourtAt("2026-03-05T10:00+01:00")),
            "cpt.judge-within-48h",
            List.of(LATE),
            "echr.art5-3-promptly",
            List.of(MET)),
        scenario(
            "cpt: questioned without a lawyer, rights only read out",
            cpt(),
            "2026-03-02T15:00+01:00",
            given(
                detainedUnderCptAt("2026-03-02T10:00+01:00"),
                rightsExplainedAt("2026-03-02T10:15+01:00"),
                questioningWithoutLawyerAt("2026-03-02T11:00+01:00"),
                questioningEndedAt("2026-03-02T12:00+01:00")),
            "cpt.lawyer-from-outset",
            List.of(BREACHED),
            "cpt.rights-in-writing",
            List.of(BREACHED),
            "cpt.third-party-notified",
            List.of(BREACHED)),
        scenario(
            "cpt: a delay of notification by a prosecutor",
            cpt(),
            "2026-03-02T12:00+01:00",
            given(
                detainedUnderCptAt("2026-03-02T10:00+01:00"),
                delayAuthorisedAt(
                    "2026-03-02T10:30+01:00",
                    DelayedRight.NOTIFICATION,
                    "Prosecutor",
                    "A. Dupont")),
            "cpt.delay-authorised",
            List.of(MET),
            "cpt.third-party-notified",
            List.of(PENDING)),
        scenario(
            "cpt: an injury and no doctor",
            cpt(),
            "2026-03-03T12:00+01:00",
            given(
                detainedUnderCptAt("2026-03-02T10:00+01:00"),
                injuryRecordedAt("2026-03-02T11:00+01:00")),
            "cpt.doctor-access",
            List.of(BREACHED)),
        scenario(
            "cpt: a juvenile cannot waive a lawyer",
            cpt(),
            "2026-03-02T13:00+01:00",
            given(
                apprehended(
                    "2026-03-02T10:00+01:00",
                    englishJuvenile(),
                    org.habeas.custody.Jurisdiction.CPT,
                    CPT_STATION,
                    true),
                lawyerWaivedAt("2026-03-02T11:00+01:00", true, false),
                questioningWithoutLawyerAt("2026-03-02T12:00+01:00")),
            "cpt.lawyer-from-outset",
            List.of(BREACHED)),
        scenario(
            "cpt: an unrecorded interview",
            cpt(),
            "2026-03-02T13:00+01:00",
            given(
                detainedUnderCptAt("2026-03-02T10:00+01:00"),
                questioningWithoutVideoAt("2026-03-02T12:00+01:00")),
            "cpt.interviews-recorded",
            List.of(BREACHED)),
        scenario(
            "ew: a textbook custody, charged and before the court next morning",
            ew(),
            "2026-03-03T12:00Z",
            given(
                arrestedAt("2026-03-02T20:00Z"),
                arrivedAt("2026-03-02T20:20Z", SUITE),
                detentionAuthorisedAt("2026-03-02T20:40Z"),
                relativeNotifiedAt("2026-03-02T21:00Z"),
                cellVisitedAt("2026-03-02T21:15Z"),
                cellVisitedAt("2026-03-02T22:10Z"),
                cellVisitedAt("2026-03-02T23:05Z"),
                cellVisitedAt("2026-03-03T00:00Z"),
                reviewedAt("2026-03-03T02:30Z"),
                cellVisitedAt("2026-03-03T00:55Z"),
                broughtBeforeCourtAt("2026-03-03T01:30Z")),
            "ew.first-review-6h",
            List.of(MET),
            "ew.limit-24h",
            List.of(MET),
            "ew.notification",
            List.of(MET),
            "ew.appropriate-adult",
            List.of(NOT_APPLICABLE)),
        scenario(
            "ew: no review within 6 hours",
            ew(),
            "2026-03-02T17:00Z",
            given(
                arrestedAt("2026-03-02T10:00Z"),
                arrivedAt("2026-03-02T10:20Z", SUITE),
                detentionAuthorisedAt("2026-03-02T10:40Z")),
            "ew.first-review-6h",
            List.of(BREACHED),
            "ew.limit-24h",
            List.of(PENDING)),
        scenario(
            "ew: a lawful superintendent extension, then release at 30 hours",
            ew(),
            "2026-03-04T10:00Z",
            given(
                arrestedAt("2026-03-02T10:00Z"),
                arrivedAt("2026-03-02T10:00Z", SUITE),
                detentionAuthorisedAt("2026-03-02T10:10Z"),
                reviewedAt("2026-03-02T16:00Z"),
                reviewedAt("2026-03-03T01:00Z"),
                extendedAt("2026-03-03T09:00Z", "2026-03-03T22:00Z", "Superintendent"),
                reviewedAt("2026-03-03T10:00Z"),
                releasedAt("2026-03-03T16:00Z")),
            "ew.superintendent-extension-36h",
            List.of(MET),
            "ew.limit-24h",
            List.of(MET),
            "ew.later-reviews-9h",
            List.of(MET, MET),
            "record.open-too-long",
            List.of(MET)),
        scenario(
            "ew: an extension for a summary offence is ignored",
            ew(),
            "2026-03-03T12:00Z",
            given(
                arrestedForSummaryOffenceAt("2026-03-02T10:00Z"),
                arrivedAt("2026-03-02T10:00Z", SUITE),
                reviewedAt("2026-03-02T16:00Z"),
                reviewedAt("2026-03-03T01:00Z"),
                extendedAt("2026-03-03T09:00Z", "2026-03-03T22:00Z", "Superintendent")),
            "ew.superintendent-extension-36h",
            List.of(BREACHED),
            "ew.limit-24h",
            List.of(BREACHED)),
        scenario(
            "ew: arrested far away, the relevant time is 24 h after arrest",
            ew(),
            "2026-03-04T09:00Z",
            given(arrestedAt("2026-03-02T10:00Z"), arrivedAt("2026-03-03T14:00Z", SUITE)),
            "ew.limit-24h",
            List.of(PENDING)),
        scenario(
            "ew: a drunk detainee visited half-hourly until sober",
            ew(),
            "2026-03-03T00:30Z",
            given(
                arrestedAt("2026-03-02T22:00Z"),
                arrivedAt("2026-03-02T22:20Z", SUITE),
                cellVisitedDrunkAt("2026-03-02T22:30Z"),
                cellVisitedDrunkAt("2026-03-02T23:30Z"),
                cellVisitedAt("2026-03-02T23:55Z")),
            "ew.cell-visits",
            List.of(MET, LATE, MET, PENDING)),
        scenario(
            "ew: a transfer pauses the visits until arrival",
            ew(),
            "2026-03-02T14:30Z",
            given(
                arrestedAt("2026-03-02T10:00Z"),
                arrivedAt("2026-03-02T10:30Z", SUITE),
                cellVisitedAt("2026-03-02T11:20Z"),
                transferredAt("2026-03-02T12:00Z", OTHER_SUITE),
                arrivedAt("2026-03-02T14:00Z", OTHER_SUITE)),
            "ew.cell-visits",
            List.of(MET, PENDING)),
        scenario(
            "ew: a juvenile interviewed without an appropriate adult or lawyer",
            ew(),
            "2026-03-02T14:00Z",
            given(
                juvenileArrestedAt("2026-03-02T10:00Z"),
                arrivedAt("2026-03-02T10:30Z", SUITE),
                new org.habeas.custody.InterrogationStarted(
                    at("2026-03-02T12:00Z"), "DC Reed", false, false, null, "vid-3", null),
                questioningEndedAt("2026-03-02T13:00Z")),
            "ew.appropriate-adult",
            List.of(BREACHED)),
        scenario(
            "ew: legal advice delayed lawfully, then given",
            ew(),
            "2026-03-03T12:00Z",
            given(
                arrestedAt("2026-03-02T10:00Z"),
                arrivedAt("2026-03-02T10:30Z", SUITE),
                lawyerRequestedAt("2026-03-02T10:45Z"),
                delayAuthorisedAt(
                    "2026-03-02T11:00Z", DelayedRight.LAWYER, "Superintendent", "Supt. Moss"),
                lawyerArrivedAt("2026-03-03T09:00Z")),
            "ew.legal-advice",
            List.of(MET, MET)),
        scenario(
            "ew: legal advice still not given after 36 hours",
            ew(),
            "2026-03-03T23:00Z",
            given(
                arrestedAt("2026-03-02T10:00Z"),
                arrivedAt("2026-03-02T10:30Z", SUITE),
                lawyerRequestedAt("2026-03-02T10:45Z")),
            "ew.legal-advice",
            List.of(BREACHED),
            "ew.notification",
            List.of(BREACHED)),
        scenario(
            "ew: held 97 hours on warrants",
            ew(),
            "2026-03-06T11:00Z",
            given(
                arrestedAt("2026-03-02T10:00Z"),
                arrivedAt("2026-03-02T10:00Z", SUITE),
                reviewedAt("2026-03-02T16:00Z"),
                reviewedAt("2026-03-03T01:00Z"),
                extendedAt("2026-03-03T09:00Z", "2026-03-03T22:00Z", "Superintendent"),
                extendedAt("2026-03-03T20:00Z", "2026-03-06T10:00Z", "Magistrates’ Court")),
            "ew.warrant-96h",
            List.of(MET),
            "ew.limit-24h",
            List.of(BREACHED),
            "record.open-too-long",
            List.of(BREACHED)));
  }

  private static Scenario scenario(
      String name, Profile profile, String at, List<StoredEvent> events, Object... expected) {
    Map<String, List<ObligationStatus>> byRule = new LinkedHashMap<>();
    for (int i = 0; i < expected.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<ObligationStatus> statuses = (List<ObligationStatus>) expected[i + 1];
      byRule.put((String) expected[i], statuses);
    }
    return new Scenario(name, profile, events, at, byRule);
  }
}
