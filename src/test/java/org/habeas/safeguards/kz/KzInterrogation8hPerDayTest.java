package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.*;

import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/** CPC art. 210: at most 8 h of questioning in a calendar day of the facility (4 h, juveniles). */
class KzInterrogation8hPerDayTest extends SafeguardsFixtures {

  private static final String RULE = "kz.interrogation-8h-per-day";

  @Test
  void nineHoursInOneDayIsABreach() {
    var record =
        given(
            apprehendedAt("2026-03-02T07:00+05:00"),
            questioningStartedAt("2026-03-02T08:00+05:00"),
            questioningEndedAt("2026-03-02T12:00+05:00"),
            questioningStartedAt("2026-03-02T13:00+05:00"),
            questioningEndedAt("2026-03-02T17:00+05:00"),
            questioningStartedAt("2026-03-02T18:00+05:00"),
            questioningEndedAt("2026-03-02T19:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-02T20:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.dueAt()).isEqualTo(at("2026-03-02T17:00+05:00"));
  }

  @Test
  void daysAreCountedInTheFacilitysZoneAcrossMidnight() {
    // 20:00 to 02:00 Astana time: 4 h on the 2nd, 2 h on the 3rd.
    var record =
        given(
            apprehendedAt("2026-03-02T19:00+05:00"),
            urgentQuestioningAt("2026-03-02T20:00+05:00"),
            questioningEndedAt("2026-03-03T02:00+05:00"));

    var e = judge(kz(), record, "2026-03-03T03:00+05:00");

    assertThat(statuses(e, RULE)).containsExactly(MET, MET);
    assertThat(e.of(RULE).get(0).startedAt()).isEqualTo(at("2026-03-02T00:00+05:00"));
    assertThat(e.of(RULE).get(1).startedAt()).isEqualTo(at("2026-03-03T00:00+05:00"));
  }

  @Test
  void aJuvenilesDayEndsAt4Hours() {
    var record =
        given(
            juvenileApprehendedAt("2026-03-02T07:00+05:00"),
            questioningStartedAt("2026-03-02T09:00+05:00"),
            questioningEndedAt("2026-03-02T11:00+05:00"),
            questioningStartedAt("2026-03-02T12:00+05:00"));

    var e = judge(kz(), record, "2026-03-02T13:00+05:00");

    assertThat(only(e, RULE).status()).isEqualTo(PENDING);
    assertThat(only(e, RULE).dueAt()).isEqualTo(at("2026-03-02T14:00+05:00"));
  }
}
