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

  @Test
  void aJuvenileQuestionedWithARepresentativeIsMet() {
    var record =
        given(
            juvenileApprehendedAt("2026-03-02T08:00+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"),
            questioningEndedAt("2026-03-02T10:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T11:00+05:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void eachQuestioningOfAJuvenileIsJudgedOnItsOwn() {
    var record =
        given(
            juvenileApprehendedAt("2026-03-02T08:00+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"),
            questioningEndedAt("2026-03-02T10:00+05:00"),
            questioningWithoutRepresentativeAt("2026-03-02T12:00+05:00"),
            questioningEndedAt("2026-03-02T13:00+05:00"));

    assertThat(statuses(judge(kz(), record, "2026-03-02T14:00+05:00"), RULE))
        .containsExactly(MET, BREACHED);
  }
}
