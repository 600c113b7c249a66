package org.habeas.safeguards.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** ECHR art. 5(3), Brogan v. UK: more than four days before a judge is a breach, whatever else. */
class EchrArt53PromptlyTest extends SafeguardsFixtures {

  private static final String RULE = "echr.art5-3-promptly";

  @Test
  void fourDaysAndSixHoursIsTooLong() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            broughtBeforeCourtAt("2026-03-06T16:00+01:00"));

    var e = judge(cpt(), record, "2026-03-07T10:00+01:00");

    assertThat(only(e, RULE).status()).isEqualTo(LATE);
    assertThat(only(e, "cpt.judge-within-48h").status()).isEqualTo(LATE);
  }

  @Test
  void noExtensionMovesIt() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            extendedAt("2026-03-03T10:00+01:00", "2026-03-10T10:00+01:00", "prosecutor"));

    assertThat(only(judge(cpt(), record, "2026-03-06T10:00+01:00"), RULE).status())
        .isEqualTo(BREACHED);
  }
}
