package org.habeas.safeguards.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.custody.Apprehended;
import org.habeas.custody.DelayAuthorised;
import org.habeas.custody.DelayedRight;
import org.habeas.custody.InterrogationStarted;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.NotificationSubject;
import org.habeas.custody.NotifiedCapacity;
import org.habeas.custody.RelativeNotified;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** Whole records under the CPT profile, replaying the cases its rules turn on. */
class CptScenariosTest extends SafeguardsFixtures {

  private static final String LAWYER = "cpt.lawyer-from-outset";
  private static final String DELAY = "cpt.delay-authorised";

  /** A safety interview: urgent, without a lawyer, recorded on video. */
  private static InterrogationStarted safetyInterviewAt(String at) {
    return new InterrogationStarted(
        at(at), "DC Evans", false, false, true, "vid-7", "bombs may still be in the city");
  }

  private static DelayAuthorised lawyerDelayedBySuperintendentAt(String at) {
    return new DelayAuthorised(
        at(at),
        DelayedRight.LAWYER,
        "Supt. Hale",
        "Superintendent",
        "risk to life: other devices may be primed; access would alert accomplices");
  }

  /**
   * Ibrahim and Others v. UK [GC] (2016): after failed bombings, safety interviews without a lawyer
   * while access was lawfully delayed; once the delay has ended, questioning without a lawyer is a
   * breach again.
   */
  @Test
  void ibrahimSafetyInterviewsDuringALawfulDelayThenQuestioningAfterIt() {
    var record =
        given(
            detainedUnderCptAt("2005-07-27T05:00+01:00"),
            lawyerDelayedBySuperintendentAt("2005-07-27T05:30+01:00"),
            safetyInterviewAt("2005-07-27T06:00+01:00"),
            questioningEndedAt("2005-07-27T06:45+01:00"),
            safetyInterviewAt("2005-07-27T09:00+01:00"),
            questioningEndedAt("2005-07-27T09:30+01:00"),
            lawyerArrivedAt("2005-07-27T13:00+01:00"),
            questioningWithoutLawyerAt("2005-07-27T15:00+01:00"),
            questioningEndedAt("2005-07-27T16:00+01:00"));

    var e = judge(cpt(), record, "2005-07-27T18:00+01:00");

    assertThat(statuses(e, LAWYER)).containsExactly(WAIVED, WAIVED, BREACHED);
    assertThat(e.of(LAWYER).getFirst().reason()).isEqualTo(Reason.DELAYED);
    assertThat(e.of(LAWYER).getLast().reason()).isEqualTo(Reason.CHECK_FAILED);
    // The delay itself stays on record as a restriction, judged lawful.
    assertThat(only(e, DELAY).status()).isEqualTo(MET);
  }

  @Test
  void theSameInterviewsWithoutARecordedDelayAreBreaches() {
    var record =
        given(
            detainedUnderCptAt("2005-07-27T05:00+01:00"),
            safetyInterviewAt("2005-07-27T06:00+01:00"),
            questioningEndedAt("2005-07-27T06:45+01:00"));

    assertThat(statuses(judge(cpt(), record, "2005-07-27T18:00+01:00"), LAWYER))
        .containsExactly(BREACHED);
  }

  private static Apprehended sixteenYearOldDetainedAt(String at) {
    return apprehended(at, englishJuvenile(), Jurisdiction.CPT, CPT_STATION, true);
  }

  /** A 16-year-old questioned with no parent, guardian or appropriate adult told or present. */
  @Test
  void aSixteenYearOldQuestionedWithoutAnAppropriateAdult() {
    var record =
        given(
            sixteenYearOldDetainedAt("2026-03-02T10:00+01:00"),
            questioningWithoutRepresentativeAt("2026-03-02T10:30+01:00"),
            questioningEndedAt("2026-03-02T11:30+01:00"));

    var e = judge(cpt(), record, "2026-03-02T13:00+01:00");

    assertThat(statuses(e, "cpt.juvenile-adult-present")).containsExactly(BREACHED);
    assertThat(statuses(e, "cpt.juvenile-adult-notified")).containsExactly(BREACHED);
  }

  /** The same 16-year-old, the mother told at once and present, with a lawyer. */
  @Test
  void aSixteenYearOldWithTheMotherToldAtOnceAndPresent() {
    var record =
        given(
            sixteenYearOldDetainedAt("2026-03-02T10:00+01:00"),
            new RelativeNotified(
                at("2026-03-02T10:15+01:00"),
                "Mary Smith",
                "telephone",
                NotificationSubject.DETENTION,
                NotifiedCapacity.PARENT),
            rightsGivenInWritingAt("2026-03-02T10:20+01:00"),
            lawyerArrivedAt("2026-03-02T11:00+01:00"),
            questioningStartedAt("2026-03-02T11:10+01:00"),
            questioningEndedAt("2026-03-02T12:00+01:00"));

    var e = judge(cpt(), record, "2026-03-02T13:00+01:00");

    assertThat(statuses(e, "cpt.juvenile-adult-present")).containsExactly(MET);
    assertThat(statuses(e, "cpt.juvenile-adult-notified")).containsExactly(MET);
    assertThat(statuses(e, LAWYER)).containsExactly(MET);
  }
}
