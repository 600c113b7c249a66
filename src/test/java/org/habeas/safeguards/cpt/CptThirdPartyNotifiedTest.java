package org.habeas.safeguards.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPT: a relative or third party told without delay (3 h, the editable default). */
class CptThirdPartyNotifiedTest extends SafeguardsFixtures {

  private static final String RULE = "cpt.third-party-notified";

  @Test
  void toldWithin3HoursIsMet() {
    var record =
        given(
            detainedUnderCptAt("2026-03-02T10:00+01:00"),
            relativeNotifiedAt("2026-03-02T12:00+01:00"));

    assertThat(only(judge(cpt(), record, "2026-03-02T13:00+01:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void notToldAfter3HoursIsABreach() {
    var o =
        only(
            judge(
                cpt(),
                given(detainedUnderCptAt("2026-03-02T10:00+01:00")),
                "2026-03-02T13:00+01:00"),
            RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
  }
}
