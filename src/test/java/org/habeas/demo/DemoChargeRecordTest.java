package org.habeas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import org.habeas.custody.Charged;
import org.habeas.custody.Jurisdiction;
import org.habeas.custody.StoredEvent;
import org.habeas.safeguards.ObligationStatus;
import org.habeas.safeguards.SafeguardEngine;
import org.habeas.safeguards.SafeguardsFixtures;
import org.habeas.safeguards.ShippedProfiles;
import org.junit.jupiter.api.Test;

/** Issue 16: the demo's one charged record, added after the others, which stay as they were. */
class DemoChargeRecordTest {

  private static final Instant NOW = Instant.parse("2026-11-29T09:41:17Z");

  @Test
  void theLastRecordIsChargedOnSaturdayAndBroughtToCourtOnMonday() {
    var records = DemoRecords.generate(NOW, 40);
    var charged = records.getLast();

    assertThat(records).hasSize(41);
    assertThat(records.subList(0, 40))
        .noneMatch(r -> r.events().stream().anyMatch(e -> e.event() instanceof Charged));
    assertThat(charged.apprehended().jurisdiction()).isEqualTo(Jurisdiction.EW);
    var stored = new ArrayList<StoredEvent>();
    for (var e : charged.events()) {
      stored.add(
          new StoredEvent(stored.size() + 1, e.event(), e.recordedAt(), e.recordedBy(), null));
    }
    var e =
        SafeguardEngine.evaluate(stored, ShippedProfiles.get("ew"), SafeguardsFixtures.ZONES, NOW);

    assertThat(e.of("ew.limit-24h"))
        .extracting(o -> o.status())
        .containsExactly(ObligationStatus.MET);
    assertThat(e.of("ew.court-after-charge"))
        .extracting(o -> o.status())
        .containsExactly(ObligationStatus.MET);
    assertThat(e.obligations())
        .filteredOn(o -> o.ruleId().startsWith("ew."))
        .noneMatch(o -> o.status() == ObligationStatus.BREACHED);
  }
}
