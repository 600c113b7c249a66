package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.LATE;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.NOT_APPLICABLE;
import static org.habeas.safeguards.ObligationStatus.PENDING;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** VCCR art. 36(1)(b): a foreign national asked without delay (3 h) whether to tell the consul. */
class KzConsulChoiceRecordedTest extends SafeguardsFixtures {

  private static final String RULE = "kz.consul-choice-recorded";

  @Test
  void aChoiceRecordedWithin3HoursIsMet() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulDeclinedAt("2026-03-02T11:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T10:00+05:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void noChoiceBy3HoursIsABreach() {
    var record = given(foreignerApprehendedAt("2026-03-02T10:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T12:59+05:00"), RULE).status())
        .isEqualTo(PENDING);
    assertThat(only(judge(kz(), record, "2026-03-02T13:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void aChoiceRecordedAfter3HoursIsLate() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulRequestedAt("2026-03-02T15:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T10:00+05:00"), RULE).status()).isEqualTo(LATE);
  }

  @Test
  void doesNotApplyToACitizen() {
    var record = given(apprehendedAt("2026-03-02T10:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T10:00+05:00"), RULE).status())
        .isEqualTo(NOT_APPLICABLE);
  }
}
