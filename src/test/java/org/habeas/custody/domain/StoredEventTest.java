package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.habeas.custody.StoredEvent;
import org.junit.jupiter.api.Test;

class StoredEventTest extends CustodyTest {

  @Test
  void flagsLateEntryAfterAnHour() {
    var visit = cellVisitedAt("2026-03-02T02:00+05:00");

    var stored = new StoredEvent(5, visit, at("2026-03-02T03:00:01+05:00"), "officer", null);

    assertThat(stored.lateEntry()).isTrue();
  }

  @Test
  void entryWithinTheHourIsNotLate() {
    var visit = cellVisitedAt("2026-03-02T02:00+05:00");

    var stored = new StoredEvent(5, visit, at("2026-03-02T03:00+05:00"), "officer", null);

    assertThat(stored.lateEntry()).isFalse();
  }

  @Test
  void knowsItsTypeAndLeaf() {
    var stored =
        new StoredEvent(5, cellVisitedAt("2026-03-02T02:00+05:00"), LATER, "officer", null);

    assertThat(stored.type()).isEqualTo("CellVisited");
    assertThat(stored.withLeafIndex(42).leafIndex()).isEqualTo(42L);
    assertThat(StoredEvent.LATE_ENTRY_RULE).isEqualTo("record.late-entry");
  }
}
