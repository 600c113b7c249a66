package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.LATE;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.PENDING;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPC art. 135, VCCR art. 36(1)(b): at the foreign national's request, the consul told in 24 h. */
class KzConsulNotifiedOnRequestTest extends SafeguardsFixtures {

  private static final String RULE = "kz.consul-notified-on-request";

  @Test
  void theConsulToldWithin24HoursOfTheRequestIsMet() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulRequestedAt("2026-03-02T20:00+05:00"),
            consulNotifiedAt("2026-03-03T19:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-04T10:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-03T20:00+05:00"));
  }

  @Test
  void theConsulNotToldIsBreached24HoursAfterTheRequest() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulRequestedAt("2026-03-02T20:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T19:59+05:00"), RULE).status())
        .isEqualTo(PENDING);
    assertThat(only(judge(kz(), record, "2026-03-03T20:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void theConsulToldLateIsLate() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulRequestedAt("2026-03-02T11:00+05:00"),
            consulNotifiedAt("2026-03-03T12:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-04T10:00+05:00"), RULE).status()).isEqualTo(LATE);
  }

  @Test
  void aPersonWhoDeclinedOwesNoNotice() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulDeclinedAt("2026-03-02T11:00+05:00"));

    assertThat(judge(kz(), record, "2026-03-04T10:00+05:00").of(RULE)).isEmpty();
  }

  @Test
  void aRequestAfterADeclineStartsTheClock() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulDeclinedAt("2026-03-02T11:00+05:00"),
            consulRequestedAt("2026-03-03T09:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-03T10:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(PENDING);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-04T09:00+05:00"));
  }
}
