package org.habeas.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.BREACHED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.habeas.custody.StoredEvent;
import org.habeas.safeguards.Evaluation;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** The kz cases of issue 16 in the demo show what they are there to show. */
class DemoKzCasesTest extends SafeguardsFixtures {

  private static final Instant NOW = Instant.parse("2026-11-29T09:41:17Z");

  private static Evaluation judged(int i) {
    var planned = DemoKzCases.plan(NOW).get(i);
    var stored = new ArrayList<StoredEvent>();
    for (var e : planned.events()) {
      stored.add(
          new StoredEvent(stored.size() + 1, e.event(), e.recordedAt(), e.recordedBy(), null));
    }
    return judge(kz(), List.copyOf(stored), NOW.toString());
  }

  @Test
  void nothingHappensAfterNow() {
    for (var record : DemoKzCases.plan(NOW)) {
      assertThat(record.events())
          .allSatisfy(e -> assertThat(e.recordedAt()).isBeforeOrEqualTo(NOW));
    }
  }

  @Test
  void theRefusedRegistrationIsABreachShowingTheRefusal() {
    var o = only(judged(0), "kz.ill-treatment-registered");

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.REFUSED);
  }

  @Test
  void theAsylumSeekersConsulWasToldAgainstTheirWish() {
    assertThat(only(judged(1), "kz.consul-not-against-wishes").status()).isEqualTo(BREACHED);
  }

  @Test
  void theOpenRecordsReportIsUnregisteredPastItsLimit() {
    var o = only(judged(2), "kz.ill-treatment-registered");

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isNull();
  }
}
