package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * CPC art. 210: no more than 4 h of questioning without a break of at least 1 h (2 h, juveniles).
 */
class KzInterrogation4hContinuousTest extends SafeguardsFixtures {

  private static final String RULE = "kz.interrogation-4h-continuous";

  @Test
  void aBreakOfAnHourStartsANewSession() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"),
            questioningEndedAt("2026-03-02T12:00+05:00"),
            questioningStartedAt("2026-03-02T13:00+05:00"),
            questioningEndedAt("2026-03-02T16:00+05:00"));

    assertThat(statuses(judge(kz(), record, "2026-03-02T17:00+05:00"), RULE))
        .containsExactly(MET, MET);
  }

  @Test
  void aShorterPauseDoesNotBreakTheSession() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"),
            questioningEndedAt("2026-03-02T11:00+05:00"),
            questioningStartedAt("2026-03-02T11:30+05:00"),
            questioningEndedAt("2026-03-02T13:30+05:00"));

    var o = only(judge(kz(), record, "2026-03-02T17:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(o.seqs()).containsExactly(2, 3, 4, 5);
  }

  @Test
  void aQuestioningInProgressIsDueToStopAtTheLimit() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"));

    var pending = judge(kz(), record, "2026-03-02T12:00+05:00");
    assertThat(only(pending, RULE).status()).isEqualTo(PENDING);
    assertThat(only(pending, RULE).dueAt()).isEqualTo(at("2026-03-02T13:00+05:00"));
    assertThat(pending.nextDueAt()).isEqualTo(at("2026-03-02T13:00+05:00"));
    assertThat(only(judge(kz(), record, "2026-03-02T13:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void aJuvenileMayBeQuestionedFor2Hours() {
    var record =
        given(
            juvenileApprehendedAt("2026-03-02T08:00+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"),
            questioningEndedAt("2026-03-02T11:30+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T12:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }
}
