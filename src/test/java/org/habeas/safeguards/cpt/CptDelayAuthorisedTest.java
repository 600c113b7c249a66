package org.habeas.safeguards.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.custody.DelayedRight;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPT: a delay of rights only by a senior officer unconnected with the case, or a prosecutor. */
class CptDelayAuthorisedTest extends SafeguardsFixtures {

  private static final String RULE = "cpt.delay-authorised";

  @Test
  void aProsecutorMayDelay() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            delayAuthorisedAt(
                "2026-03-02T10:30+01:00", DelayedRight.NOTIFICATION, "Prosecutor", "A. Dupont"));

    assertThat(only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void aSergeantMayNot() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            delayAuthorisedAt("2026-03-02T10:30+01:00", DelayedRight.LAWYER, "sergeant", "B. Roy"));

    var o = only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.RANK_NOT_ALLOWED);
  }

  @Test
  void theOfficerWhoQuestionedThePersonIsConnectedWithTheCase() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            questioningStartedAt("2026-03-02T10:10+01:00"),
            questioningEndedAt("2026-03-02T10:20+01:00"),
            delayAuthorisedAt(
                "2026-03-02T10:30+01:00", DelayedRight.LAWYER, "Colonel", "Inv. Karimov"));

    assertThat(only(judge(cpt(), record, "2026-03-02T12:00+01:00"), RULE).reason())
        .isEqualTo(Reason.INVOLVED_IN_CASE);
  }
}
