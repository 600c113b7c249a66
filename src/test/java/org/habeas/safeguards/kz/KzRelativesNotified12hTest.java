package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPC art. 135: a relative, or a person the detainee names, told within 12 h. */
class KzRelativesNotified12hTest extends SafeguardsFixtures {

  private static final String RULE = "kz.relatives-notified-12h";

  @Test
  void relativeToldWithin12HoursIsMet() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"), relativeNotifiedAt("2026-03-02T21:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T10:00+05:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void relativeToldAfter12HoursIsLate() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"), relativeNotifiedAt("2026-03-02T23:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T10:00+05:00"), RULE).status()).isEqualTo(LATE);
  }

  @Test
  void nobodyToldBy12HoursIsABreach() {
    var o =
        only(
            judge(kz(), given(apprehendedAt("2026-03-02T10:00+05:00")), "2026-03-02T22:00+05:00"),
            RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-02T22:00+05:00"));
  }

  @Test
  void aJuvenilesRepresentativeToldWithinTheHourIsMet() {
    var record =
        given(
            juvenileApprehendedAt("2026-03-02T10:00+05:00"),
            relativeNotifiedAt("2026-03-02T10:45+05:00"));

    var o = only(judge(kz(), record, "2026-03-03T10:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-02T11:00+05:00"));
  }

  @Test
  void aJuvenilesRepresentativeToldAfterAnHourIsLateThoughWithinTheAdult12Hours() {
    var record =
        given(
            juvenileApprehendedAt("2026-03-02T10:00+05:00"),
            relativeNotifiedAt("2026-03-02T13:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-03T10:00+05:00"), RULE).status()).isEqualTo(LATE);
  }

  @Test
  void aJuvenilesRepresentativeNotToldIsBreachedAfterAnHour() {
    var record = given(juvenileApprehendedAt("2026-03-02T10:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T10:59+05:00"), RULE).status())
        .isEqualTo(PENDING);
    assertThat(only(judge(kz(), record, "2026-03-02T11:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }
}
