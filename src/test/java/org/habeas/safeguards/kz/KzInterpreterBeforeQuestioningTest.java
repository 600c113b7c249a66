package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPC art. 30: an interpreter before the first questioning when one is needed. */
class KzInterpreterBeforeQuestioningTest extends SafeguardsFixtures {

  private static final String RULE = "kz.interpreter-before-questioning";

  @Test
  void doesNotApplyToSomeoneWhoSpeaksKazakh() {
    var e = judge(kz(), given(apprehendedAt("2026-03-02T08:00+05:00")), "2026-03-02T09:00+05:00");

    assertThat(only(e, RULE).status()).isEqualTo(NOT_APPLICABLE);
  }

  @Test
  void anUzbekSpeakerNeedsOneBeforeQuestioning() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T08:00+05:00"),
            interpreterAssignedAt("2026-03-02T09:00+05:00"),
            questioningStartedAt("2026-03-02T10:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T11:00+05:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void anInterpreterAssignedOnlyAfterTheFirstQuestioningIsABreach() {
    // The late assignment itself shows the need, even for someone whose language was not recorded.
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"),
            questioningEndedAt("2026-03-02T09:30+05:00"),
            interpreterAssignedAt("2026-03-02T10:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-02T11:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.QUESTIONED_BEFORE);
  }
}
