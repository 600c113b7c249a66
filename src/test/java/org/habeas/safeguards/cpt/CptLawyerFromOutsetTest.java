package org.habeas.safeguards.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.custody.DelayedRight;
import org.habeas.custody.InterrogationStarted;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.LawyerWaived;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * CPT; Salduz v. Turkey: a lawyer from the outset and at questioning, unless waived in writing
 * (never by a juvenile) or, Ibrahim and Others v. UK, lawfully delayed while the questioning
 * started.
 */
class CptLawyerFromOutsetTest extends SafeguardsFixtures {

  private static final String RULE = "cpt.lawyer-from-outset";

  @Test
  void questioningWithoutALawyerIsABreach() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            questioningWithoutLawyerAt("2026-03-02T12:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-02T13:00+01:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void aWrittenWaiverIsEnough() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            lawyerWaivedAt("2026-03-02T11:00+01:00", true, false),
            questioningWithoutLawyerAt("2026-03-02T12:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-02T13:00+01:00"), RULE).status())
        .isEqualTo(WAIVED);
  }

  // Ibrahim and Others v. UK [GC] 2016: a lawful, recorded delay of the lawyer

  private static InterrogationStarted safetyInterviewAt(String at) {
    return questioningWithoutLawyerAt(at);
  }

  @Test
  void questioningDuringALawfulDelayIsExcused() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            delayAuthorisedAt(
                "2026-03-02T10:30+01:00", DelayedRight.LAWYER, "Superintendent", "C. Hale"),
            safetyInterviewAt("2026-03-02T11:00+01:00"));

    var o = only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE);

    assertThat(o.status()).isEqualTo(WAIVED);
    assertThat(o.reason()).isEqualTo(Reason.DELAYED);
    assertThat(o.seqs()).containsExactly(3, 2);
  }

  @Test
  void aDelayByAnOfficerWhoMayNotDelayExcusesNothing() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            delayAuthorisedAt("2026-03-02T10:30+01:00", DelayedRight.LAWYER, "sergeant", "B. Roy"),
            safetyInterviewAt("2026-03-02T11:00+01:00"));

    var o = only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.CHECK_FAILED);
  }

  @Test
  void aDelayByTheInterrogatorExcusesNothing() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            delayAuthorisedAt(
                "2026-03-02T10:30+01:00", DelayedRight.LAWYER, "Colonel", "Inv. Karimov"),
            safetyInterviewAt("2026-03-02T11:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void aDelayOfTheNotificationDoesNotExcuseQuestioningWithoutALawyer() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            delayAuthorisedAt(
                "2026-03-02T10:30+01:00", DelayedRight.NOTIFICATION, "Prosecutor", "A. Dupont"),
            safetyInterviewAt("2026-03-02T11:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void questioningBeforeTheDelayWasAuthorisedIsNotExcused() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            safetyInterviewAt("2026-03-02T10:20+01:00"),
            questioningEndedAt("2026-03-02T10:25+01:00"),
            delayAuthorisedAt(
                "2026-03-02T10:30+01:00", DelayedRight.LAWYER, "Prosecutor", "A. Dupont"));

    assertThat(only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void theDelayEndsWhenALawyerArrives() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            delayAuthorisedAt(
                "2026-03-02T10:30+01:00", DelayedRight.LAWYER, "Prosecutor", "A. Dupont"),
            lawyerArrivedAt("2026-03-02T14:00+01:00"),
            safetyInterviewAt("2026-03-02T15:00+01:00"));

    var o = only(judge(cpt(), record, "2026-03-02T16:00+01:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.CHECK_FAILED);
  }

  @Test
  void noDelayLastsBeyond48HoursFromApprehension() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            delayAuthorisedAt(
                "2026-03-02T10:30+01:00", DelayedRight.LAWYER, "Prosecutor", "A. Dupont"),
            safetyInterviewAt("2026-03-04T09:00+01:00"),
            questioningEndedAt("2026-03-04T09:30+01:00"),
            safetyInterviewAt("2026-03-04T10:01+01:00"));

    assertThat(statuses(judge(cpt(), record, "2026-03-04T11:00+01:00"), RULE))
        .containsExactly(WAIVED, BREACHED);
  }

  @Test
  void aJuvenileCannotWaiveALawyer() {
    var record =
        given(
            apprehended(
                "2026-03-02T10:00+01:00", englishJuvenile(), Jurisdiction.CPT, CPT_STATION, true),
            new LawyerWaived(at("2026-03-02T11:00+01:00"), true, true),
            questioningWithoutLawyerAt("2026-03-02T12:00+01:00"));

    var o = only(judge(cpt(), record, "2026-03-02T13:00+01:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.WAIVER_NOT_ALLOWED);
  }
}
