package org.habeas.safeguards.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.NOT_APPLICABLE;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * A foreign national, as a whole record: told of the right, they decline consular notification, or
 * say they seek asylum, and the station tells the consulate all the same (VCCR art. 36(1)(b)).
 */
class KzConsulAgainstWishesScenarioTest extends SafeguardsFixtures {

  private static final String FALLBACK = "kz.consul-notified-24h";
  private static final String CHOICE = "kz.consul-choice-recorded";
  private static final String ON_REQUEST = "kz.consul-notified-on-request";
  private static final String NOT_AGAINST = "kz.consul-not-against-wishes";

  @Test
  void declinedAndReportedToTheConsulAllTheSameIsABreach() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            rightsExplainedAt("2026-03-02T10:10+05:00"),
            consulDeclinedAt("2026-03-02T10:15+05:00"),
            arrivedAt("2026-03-02T10:50+05:00", TDF),
            protocolAt("2026-03-02T12:00+05:00"),
            consulNotifiedAt("2026-03-02T16:00+05:00"),
            releasedAt("2026-03-03T10:00+05:00"));

    var e = judge(kz(), record, "2026-03-04T10:00+05:00");

    assertThat(statuses(e, CHOICE)).containsExactly(MET);
    assertThat(statuses(e, FALLBACK)).containsExactly(NOT_APPLICABLE);
    assertThat(e.of(ON_REQUEST)).isEmpty();
    assertThat(statuses(e, NOT_AGAINST)).containsExactly(BREACHED);
    assertThat(only(e, NOT_AGAINST).reason()).isEqualTo(Reason.FORBIDDEN);
  }

  @Test
  void seekingAsylumAndReportedToTheConsulIsABreach() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            asylumSoughtAt("2026-03-02T10:15+05:00"),
            arrivedAt("2026-03-02T10:50+05:00", TDF),
            consulNotifiedAt("2026-03-02T18:00+05:00"));

    var e = judge(kz(), record, "2026-03-03T10:00+05:00");

    assertThat(statuses(e, NOT_AGAINST)).containsExactly(BREACHED);
    assertThat(statuses(e, FALLBACK)).containsExactly(NOT_APPLICABLE);
  }

  @Test
  void aRecordWithoutAChoiceIsJudgedAsUnderVersionOne() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulNotifiedAt("2026-03-02T18:00+05:00"));

    var e = judge(kz(), record, "2026-03-03T10:00+05:00");

    assertThat(statuses(e, FALLBACK)).containsExactly(MET);
    assertThat(e.of(NOT_AGAINST)).isEmpty();
  }
}
