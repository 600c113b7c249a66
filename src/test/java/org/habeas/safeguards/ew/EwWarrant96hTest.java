package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import java.time.Duration;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** PACE ss.43–44: warrants of further detention by magistrates, never beyond 96 h. */
class EwWarrant96hTest extends SafeguardsFixtures {

  private static final String RULE = "ew.warrant-96h";

  @Test
  void warrantsExtendTheLimitUpTo96HoursFromTheRelevantTime() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:00Z", SUITE),
            reviewedAt("2026-03-02T16:00Z"),
            reviewedAt("2026-03-03T01:00Z"),
            extendedAt("2026-03-03T09:00Z", "2026-03-03T22:00Z", "Superintendent"),
            extendedAt("2026-03-03T20:00Z", "2026-03-05T10:00Z", "Magistrates’ Court"),
            extendedAt("2026-03-05T09:00Z", "2026-03-07T10:00Z", "magistrates court"));

    var e = judge(ew(), record, "2026-03-05T12:00Z");

    assertThat(statuses(e, RULE)).containsExactly(MET, MET);
    assertThat(e.of(RULE).get(1).reason()).isEqualTo(Reason.CAPPED);
    assertThat(e.detentionLimit().until()).isEqualTo(at("2026-03-06T10:00Z"));
    assertThat(e.detentionLimit().limit()).isEqualTo(Duration.ofHours(96));
  }
}
