package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * Constitution art. 16(3), CPC arts. 64, 67: a lawyer at every questioning unless waived in writing
 * with a lawyer present; no waiver for juveniles or people who need an interpreter.
 */
class KzLawyerFromOutsetTest extends SafeguardsFixtures {

  private static final String RULE = "kz.lawyer-from-outset";

  @Test
  void eachQuestioningOwesItsOwnObligation() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            questioningStartedAt("2026-03-02T12:00+05:00"),
            questioningEndedAt("2026-03-02T13:00+05:00"),
            questioningWithoutLawyerAt("2026-03-02T15:00+05:00"),
            questioningEndedAt("2026-03-02T16:00+05:00"));

    var e = judge(kz(), record, "2026-03-02T17:00+05:00");

    assertThat(statuses(e, RULE)).containsExactly(MET, BREACHED);
    assertThat(e.of(RULE).get(1).seqs()).containsExactly(4);
  }

  @Test
  void aWaiverInWritingWithALawyerPresentIsValid() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            lawyerWaivedAt("2026-03-02T11:00+05:00", true, true),
            questioningWithoutLawyerAt("2026-03-02T12:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-02T13:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(WAIVED);
    assertThat(o.seqs()).containsExactly(3, 2);
  }

  @Test
  void aWaiverWithoutALawyerPresentIsInvalid() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            lawyerWaivedAt("2026-03-02T11:00+05:00", true, false),
            questioningWithoutLawyerAt("2026-03-02T12:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-02T13:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.WAIVER_INVALID);
  }

  @Test
  void aJuvenileCannotWaiveALawyer() {
    var record =
        given(
            juvenileApprehendedAt("2026-03-02T10:00+05:00"),
            lawyerWaivedAt("2026-03-02T11:00+05:00", true, true),
            questioningWithoutLawyerAt("2026-03-02T12:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-02T13:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.WAIVER_NOT_ALLOWED);
  }

  @Test
  void someoneWhoNeedsAnInterpreterCannotWaiveALawyer() {
    // Uzbek is not a language of the proceedings (Kazakh, Russian): defence is mandatory.
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            lawyerWaivedAt("2026-03-02T11:00+05:00", true, true),
            questioningWithoutLawyerAt("2026-03-02T12:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T13:00+05:00"), RULE).reason())
        .isEqualTo(Reason.WAIVER_NOT_ALLOWED);
  }

  @Test
  void askingForALawyerAfterwardsRevokesTheWaiver() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            lawyerWaivedAt("2026-03-02T11:00+05:00", true, true),
            lawyerRequestedAt("2026-03-02T11:30+05:00"),
            questioningWithoutLawyerAt("2026-03-02T12:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T13:00+05:00"), RULE).reason())
        .isEqualTo(Reason.CHECK_FAILED);
  }
}
