package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import java.time.Duration;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** PACE s.41: charged or released within 24 h of the relevant time. */
class EwLimit24hTest extends SafeguardsFixtures {

  private static final String RULE = "ew.limit-24h";

  @Test
  void theRelevantTimeIsArrivalAtTheFirstStation() {
    var record = given(arrestedAt("2026-03-02T10:00Z"), arrivedAt("2026-03-02T11:30Z", SUITE));

    var e = judge(ew(), record, "2026-03-02T12:00Z");

    assertThat(only(e, RULE).startedAt()).isEqualTo(at("2026-03-02T11:30Z"));
    assertThat(only(e, RULE).dueAt()).isEqualTo(at("2026-03-03T11:30Z"));
    assertThat(e.detentionLimit().startsAt()).isEqualTo(at("2026-03-02T11:30Z"));
    assertThat(e.detentionLimit().limit()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void orTwentyFourHoursAfterArrestIfThatComesFirst() {
    var record = given(arrestedAt("2026-03-02T10:00Z"), arrivedAt("2026-03-03T13:00Z", SUITE));

    var o = only(judge(ew(), record, "2026-03-03T14:00Z"), RULE);

    assertThat(o.startedAt()).isEqualTo(at("2026-03-03T10:00Z"));
    assertThat(o.dueAt()).isEqualTo(at("2026-03-04T10:00Z"));
    assertThat(o.seqs()).isEmpty();
  }

  @Test
  void releaseWithinTheLimitIsMet() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            releasedAt("2026-03-03T08:00Z"));

    assertThat(only(judge(ew(), record, "2026-03-04T10:00Z"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void isBreachedAfter24HoursWithoutALawfulExtension() {
    var record = given(arrestedAt("2026-03-02T10:00Z"), arrivedAt("2026-03-02T10:30Z", SUITE));

    assertThat(only(judge(ew(), record, "2026-03-03T10:30Z"), RULE).status()).isEqualTo(BREACHED);
  }
}
