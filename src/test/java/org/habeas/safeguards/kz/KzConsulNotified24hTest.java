package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPC art. 135, VCCR art. 36: a foreign national's consulate told within 24 h. */
class KzConsulNotified24hTest extends SafeguardsFixtures {

  private static final String RULE = "kz.consul-notified-24h";

  @Test
  void doesNotApplyToACitizen() {
    var o =
        only(
            judge(kz(), given(apprehendedAt("2026-03-02T10:00+05:00")), "2026-03-04T10:00+05:00"),
            RULE);

    assertThat(o.status()).isEqualTo(NOT_APPLICABLE);
  }

  @Test
  void aForeignersConsulateToldWithin24HoursIsMet() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulNotifiedAt("2026-03-03T09:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-04T10:00+05:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void aForeignersConsulateNotToldIsBreachedAfter24Hours() {
    var record = given(foreignerApprehendedAt("2026-03-02T10:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T09:59+05:00"), RULE).status())
        .isEqualTo(PENDING);
    assertThat(only(judge(kz(), record, "2026-03-03T10:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void givesWayToTheRulesOfTheChoiceOnceAChoiceIsRecorded() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulDeclinedAt("2026-03-02T11:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-04T10:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(NOT_APPLICABLE);
    assertThat(o.reason()).isEqualTo(org.habeas.safeguards.Reason.CONDITION_NOT_MET);
  }

  @Test
  void aRecordWithoutAChoiceIsJudgedAsBefore() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulNotifiedAt("2026-03-02T12:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-04T10:00+05:00"), RULE).status()).isEqualTo(MET);
  }
}
