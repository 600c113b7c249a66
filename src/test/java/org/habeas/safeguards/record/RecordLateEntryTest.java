package org.habeas.safeguards.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.LATE;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * Engine-wide: an event recorded more than 1 h after it says it happened is a back-dating signal.
 */
class RecordLateEntryTest extends SafeguardsFixtures {

  private static final String RULE = "record.late-entry";

  @Test
  void anEventTypedInHoursLaterIsFlagged() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            recordedLate(relativeNotifiedAt("2026-03-02T11:00+05:00"), "2026-03-02T15:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-02T16:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(LATE);
    assertThat(o.seqs()).containsExactly(2);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-02T12:00+05:00"));
    assertThat(o.metAt()).isEqualTo(at("2026-03-02T15:00+05:00"));
    assertThat(o.reason()).isEqualTo(Reason.RECORDED_LATE);
  }

  @Test
  void anHourIsStillInTime() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            recordedLate(relativeNotifiedAt("2026-03-02T11:00+05:00"), "2026-03-02T12:00+05:00"));

    assertThat(judge(kz(), record, "2026-03-02T16:00+05:00").of(RULE)).isEmpty();
  }
}
