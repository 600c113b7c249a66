package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPC art. 131: the detention protocol within 3 h of delivery to the facility. */
class KzDetentionProtocol3hTest extends SafeguardsFixtures {

  private static final String RULE = "kz.detention-protocol-3h";

  @Test
  void clockStartsOnArrivalNotApprehension() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            arrivedAt("2026-03-02T11:30+05:00", TDF),
            protocolAt("2026-03-02T14:20+05:00"));

    var o = only(judge(kz(), record, "2026-03-02T15:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.startedAt()).isEqualTo(at("2026-03-02T11:30+05:00"));
    assertThat(o.dueAt()).isEqualTo(at("2026-03-02T14:30+05:00"));
  }

  @Test
  void waitsWithoutADueTimeUntilArrival() {
    var o =
        only(
            judge(kz(), given(apprehendedAt("2026-03-02T10:00+05:00")), "2026-03-02T15:00+05:00"),
            RULE);

    assertThat(o.status()).isEqualTo(PENDING);
    assertThat(o.dueAt()).isNull();
  }

  @Test
  void isBreachedThreeHoursAfterArrival() {
    var record =
        given(apprehendedAt("2026-03-02T10:00+05:00"), arrivedAt("2026-03-02T10:30+05:00", TDF));

    assertThat(only(judge(kz(), record, "2026-03-02T13:31+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }
}
