package org.habeas.safeguards.kz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.NOT_APPLICABLE;

import org.habeas.safeguards.Reason;
import org.habeas.safeguards.SafeguardsFixtures;
import org.junit.jupiter.api.Test;

/**
 * VCCR art. 36(1)(b): the consulate is never told against the person's wish, and never when they
 * seek asylum (Habeas's reading: even at their request).
 */
class KzConsulNotAgainstWishesTest extends SafeguardsFixtures {

  private static final String RULE = "kz.consul-not-against-wishes";

  @Test
  void theConsulToldAfterTheDeclineIsABreach() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulDeclinedAt("2026-03-02T11:00+05:00"),
            consulNotifiedAt("2026-03-02T15:00+05:00"));

    var o = only(judge(kz(), record, "2026-03-02T16:00+05:00"), RULE);

    assertThat(o.status()).isEqualTo(BREACHED);
    assertThat(o.reason()).isEqualTo(Reason.FORBIDDEN);
    assertThat(o.seqs()).containsExactly(2, 3);
  }

  @Test
  void theConsulNotToldAfterTheDeclineIsMet() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulDeclinedAt("2026-03-02T11:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-04T10:00+05:00"), RULE).status()).isEqualTo(MET);
  }

  @Test
  void aPersonSeekingAsylumIsNeverReportedToTheConsul() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            asylumSoughtAt("2026-03-02T11:00+05:00"),
            consulNotifiedAt("2026-03-02T15:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T16:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void aRequestWhileSeekingAsylumDoesNotLiftTheBar() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            asylumSoughtAndConsulRequestedAt("2026-03-02T11:00+05:00"),
            consulNotifiedAt("2026-03-02T15:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T16:00+05:00"), RULE).status())
        .isEqualTo(BREACHED);
  }

  @Test
  void aLaterRequestLiftsTheBar() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulDeclinedAt("2026-03-02T11:00+05:00"),
            consulRequestedAt("2026-03-02T14:00+05:00"),
            consulNotifiedAt("2026-03-02T15:00+05:00"));

    assertThat(statuses(judge(kz(), record, "2026-03-02T16:00+05:00"), RULE)).containsExactly(MET);
  }

  @Test
  void aConsulToldAtTheRequestIsNoBreach() {
    var record =
        given(
            foreignerApprehendedAt("2026-03-02T10:00+05:00"),
            consulRequestedAt("2026-03-02T11:00+05:00"),
            consulNotifiedAt("2026-03-02T15:00+05:00"));

    assertThat(judge(kz(), record, "2026-03-02T16:00+05:00").of(RULE)).isEmpty();
  }

  @Test
  void doesNotApplyToACitizen() {
    var record = given(apprehendedAt("2026-03-02T10:00+05:00"));

    assertThat(only(judge(kz(), record, "2026-03-02T16:00+05:00"), RULE).status())
        .isEqualTo(NOT_APPLICABLE);
  }
}
