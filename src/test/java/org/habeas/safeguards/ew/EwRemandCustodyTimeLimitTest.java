package org.habeas.safeguards.ew;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.custody.Apprehended;
import org.habeas.safeguards.RemandFixtures;
import org.junit.jupiter.api.Test;

/**
 * Custody Time Limits Regulations 1987: 56 days for a summary-only case, 182 days (counted from the
 * remand order, our reading) for an indictable one, unless the court extends them.
 */
class EwRemandCustodyTimeLimitTest extends RemandFixtures {

  private static final String SUMMARY = "ew.remand.custody-time-limit-56d";
  private static final String INDICTABLE = "ew.remand.custody-time-limit-182d";

  private static java.util.List<org.habeas.custody.StoredEvent> remandedAfter(Apprehended a) {
    return given(
        a,
        arrivedAt("2026-03-02T10:30Z", SUITE),
        remandOrderedAt("2026-03-03T11:00Z"),
        transferredAt("2026-03-03T15:00Z", EW_PRISON),
        arrivedAt("2026-03-03T17:00Z", EW_PRISON));
  }

  @Test
  void aSummaryCaseIsBreachedAfter56DaysFromTheRemand() {
    var e =
        judge(
            ew(),
            remandedAfter(arrestedForSummaryOffenceAt("2026-03-02T10:00Z")),
            "2026-04-28T11:00Z");

    var o = only(e, SUMMARY);
    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.dueAt()).isEqualTo(at("2026-04-28T11:00Z"));
    assertThat(only(e, INDICTABLE).status()).isEqualTo(NOT_APPLICABLE);
  }

  @Test
  void anIndictableCaseHas182Days() {
    var record = remandedAfter(arrestedAt("2026-03-02T10:00Z"));

    assertThat(statuses(judge(ew(), record, "2026-08-31T10:00Z"), INDICTABLE))
        .containsExactly(PENDING);
    assertThat(statuses(judge(ew(), record, "2026-09-01T11:00Z"), INDICTABLE))
        .containsExactly(BREACHED);
  }

  @Test
  void theCourtsExtensionMeetsIt() {
    var record =
        continued(
            remandedAfter(arrestedForSummaryOffenceAt("2026-03-02T10:00Z")),
            extendedAt("2026-04-20T10:00Z", "2026-05-20T10:00Z", "court"));

    assertThat(statuses(judge(ew(), record, "2026-05-01T10:00Z"), SUMMARY)).containsExactly(MET);
  }
}
