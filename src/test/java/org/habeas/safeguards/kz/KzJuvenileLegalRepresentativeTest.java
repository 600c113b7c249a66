package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPC: a legal representative at every questioning of a juvenile. */
class KzJuvenileLegalRepresentativeTest extends SafeguardsFixtures {

  private static final String RULE = "kz.juvenile-legal-representative";

  @Test
  void aJuvenileQuestionedWithoutARepresentativeIsABreach() {
    var record =
        given(
            juvenileApprehendedAt("2026-03-02T08:00+05:00"),
            questioningWithoutRepresentativeAt("2026-03-02T09:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T10:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void doesNotApplyToAnAdult() {
    var record =
        given(
            apprehendedAt("2026-03-02T08:00+05:00"),
            questioningWithoutRepresentativeAt("2026-03-02T09:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T10:00+05:00"), RULE).status())
        .isEqualTo(NOT_APPLICABLE);
  }
}
