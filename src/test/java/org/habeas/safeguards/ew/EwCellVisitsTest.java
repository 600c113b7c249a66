package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** Code C 9.3, Annex H: visits at least hourly, every 30 minutes once found intoxicated. */
class EwCellVisitsTest extends SafeguardsFixtures {

  private static final String RULE = "ew.cell-visits";

  @Test
  void hourlyVisitsAreMetAndTheNextIsPending() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            cellVisitedAt("2026-03-02T11:25Z"),
            cellVisitedAt("2026-03-02T12:20Z"));

    var e = judge(ew(), record, "2026-03-02T12:30Z");

    assertThat(statuses(e, RULE)).containsExactly(MET, MET, PENDING);
    assertThat(e.of(RULE).get(2).dueAt()).isEqualTo(at("2026-03-02T13:20Z"));
  }

  @Test
  void anIntoxicatedPersonIsVisitedEveryHalfHour() {
    var record =
        given(
            arrestedAt("2026-03-02T22:00Z"),
            arrivedAt("2026-03-02T22:30Z", SUITE),
            cellVisitedDrunkAt("2026-03-02T23:00Z"),
            cellVisitedAt("2026-03-02T23:45Z"));

    var e = judge(ew(), record, "2026-03-03T00:00Z");

    assertThat(statuses(e, RULE)).containsExactly(MET, LATE, PENDING);
    assertThat(e.of(RULE).get(2).dueAt()).isEqualTo(at("2026-03-03T00:45Z"));
  }

  @Test
  void aMissedVisitIsBreachedAtItsDueTime() {
    var record = given(arrestedAt("2026-03-02T10:00Z"), arrivedAt("2026-03-02T10:30Z", SUITE));

    var e = judge(ew(), record, "2026-03-02T11:30Z");

    assertThat(statuses(e, RULE)).containsExactly(BREACHED);
  }

  @Test
  void visitsPauseDuringAnInterview() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            questioningStartedAt("2026-03-02T11:00Z"),
            questioningEndedAt("2026-03-02T13:00Z"),
            cellVisitedAt("2026-03-02T13:50Z"));

    assertThat(statuses(judge(ew(), record, "2026-03-02T14:00Z"), RULE))
        .containsExactly(MET, PENDING);
  }

  @Test
  void aLateTypedVisitCountsWhenItHappened() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            recordedLate(cellVisitedAt("2026-03-02T11:20Z"), "2026-03-02T14:00Z"));

    var e = judge(ew(), record, "2026-03-02T14:00Z");

    assertThat(statuses(e, RULE)).containsExactly(MET, BREACHED);
    assertThat(only(e, "record.late-entry").status()).isEqualTo(LATE);
  }
}
