package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * PACE s.41 counts the 24 h (36 h, 96 h when lawfully extended) to charge or release, not to court:
 * ew.limit-24h is met by a {@code Charged}.
 */
class EwChargedWithin24hTest extends SafeguardsFixtures {

  private static final String RULE = "ew.limit-24h";

  @Test
  void aChargeWithin24HoursOfTheRelevantTimeMeetsIt() {
    var record =
        given(
            arrestedAt("2026-03-06T18:00Z"),
            arrivedAt("2026-03-06T18:30Z", SUITE),
            chargedAt("2026-03-07T09:00Z"));

    var o = only(judge(ew(), record, "2026-03-09T10:00Z"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.metAt()).isEqualTo(at("2026-03-07T09:00Z"));
    assertThat(o.seqs()).containsExactly(2, 3);
  }

  @Test
  void aChargeOnBailMeetsItToo() {
    var record =
        given(
            arrestedAt("2026-03-06T18:00Z"),
            arrivedAt("2026-03-06T18:30Z", SUITE),
            chargedOnBailAt("2026-03-06T23:00Z"));

    assertThat(only(judge(ew(), record, "2026-03-07T10:00Z"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void aChargeAfter30HoursWithoutAnExtensionIsLate() {
    var record =
        given(
            arrestedAt("2026-03-06T18:00Z"),
            arrivedAt("2026-03-06T18:30Z", SUITE),
            chargedAt("2026-03-08T00:30Z"));

    var o = only(judge(ew(), record, "2026-03-08T01:00Z"), RULE);

    assertThat(o.status()).isEqualTo(LATE);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-07T18:30Z"));
  }

  @Test
  void aChargeWithinALawfulExtensionTo36HoursIsMet() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:00Z", SUITE),
            detentionAuthorisedAt("2026-03-02T10:15Z"),
            reviewedAt("2026-03-02T16:00Z"),
            reviewedAt("2026-03-03T01:00Z"),
            extendedAt("2026-03-03T09:00Z", "2026-03-03T22:00Z", "Superintendent"),
            chargedAt("2026-03-03T16:00Z"));

    var o = only(judge(ew(), record, "2026-03-03T17:00Z"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-03T22:00Z"));
  }

  @Test
  void withoutAChargeTheCourtStillMeetsItAsBefore() {
    var record =
        given(
            arrestedAt("2026-03-02T10:00Z"),
            arrivedAt("2026-03-02T10:30Z", SUITE),
            broughtBeforeCourtAt("2026-03-03T09:00Z"));

    assertThat(only(judge(ew(), record, "2026-03-03T10:00Z"), RULE).status()).isEqualTo(MET);
  }
}
