package org.habeas.safeguards.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.PENDING;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** Engine-wide: no record open longer than the profile's absolute maximum, whatever else. */
class RecordOpenTooLongTest extends SafeguardsFixtures {

  private static final String RULE = "record.open-too-long";

  @Test
  void kazakhRecordsCloseWithin72HoursEvenWithExtensions() {
    var record =
        given(
            apprehendedAt("2026-03-02T10:00+05:00"),
            extendedAt("2026-03-04T08:00+05:00", "2026-03-06T10:00+05:00", "prosecutor"));

    assertThat(only(judge(kz(), record, "2026-03-05T09:59+05:00"), RULE).status())
        .isEqualTo(PENDING);
    assertThat(only(judge(kz(), record, "2026-03-05T10:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void aClosedRecordWithinTheMaximumIsMet() {
    var record = given(arrestedAt("2026-03-02T10:00Z"), releasedAt("2026-03-03T10:00Z"));

    var o = only(judge(ew(), record, "2026-03-10T10:00Z"), RULE);

    assertThat(o.status()).isEqualTo(MET);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-06T10:00Z"));
  }
}
