package org.habeas.safeguards.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.habeas.safeguards.Confidence;
import org.habeas.safeguards.Evaluation;
import org.habeas.safeguards.Obligation;
import org.habeas.safeguards.ObligationStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** When the sweep must look at a record next: only when something falls due. */
class DueIndexTest {

  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  static final Duration LEAD = Duration.ofHours(1);

  @Test
  void looksAtTheLeadTimeBeforeAPendingDeadline() {
    var e = evaluation(NOW.plus(Duration.ofHours(5)), pendingDue(NOW.plus(Duration.ofHours(5))));

    assertThat(DueIndex.checkAt(e, LEAD, NOW)).contains(NOW.plus(Duration.ofHours(4)));
  }

  @Test
  void looksNowWhenADeadlineIsWithinTheLeadTime() {
    var e =
        evaluation(NOW.plus(Duration.ofMinutes(30)), pendingDue(NOW.plus(Duration.ofMinutes(30))));

    assertThat(DueIndex.checkAt(e, LEAD, NOW)).contains(NOW);
    assertThat(DueIndex.following(e, LEAD, NOW)).contains(NOW.plus(Duration.ofMinutes(30)));
  }

  @Test
  void looksNowWhenSomethingIsBreachedButNotAgainAfterTheSweep() {
    var e = evaluation(null, obligation(ObligationStatus.BREACHED, NOW.minus(LEAD)));

    assertThat(DueIndex.checkAt(e, LEAD, NOW)).contains(NOW);
    assertThat(DueIndex.following(e, LEAD, NOW)).isEmpty();
  }

  @Test
  void leavesTheIndexWhenNothingCanFallDue() {
    var e = evaluation(null, obligation(ObligationStatus.MET, NOW.minus(LEAD)));

    assertThat(DueIndex.checkAt(e, LEAD, NOW)).isEmpty();
  }

  @Test
  void doesNotWarnAheadOfDeadlinesShorterThanTheLeadTime() {
    var visit =
        new Obligation(
            "ew.cell-visits",
            ObligationStatus.PENDING,
            NOW.minus(Duration.ofMinutes(10)),
            NOW.plus(Duration.ofMinutes(50)),
            null,
            List.of(3),
            "PACE Code C 9.3",
            Confidence.H,
            null);

    assertThat(DueIndex.approaching(visit, LEAD, NOW)).isFalse();
    assertThat(DueIndex.approaching(pendingDue(NOW.plus(Duration.ofMinutes(50))), LEAD, NOW))
        .isTrue();
  }

  @Test
  void keysOneAlertPerObligationAndKind() {
    var o = pendingDue(NOW);

    assertThat(AlertSweep.key("r1", o, AlertKind.APPROACHING))
        .isNotEqualTo(AlertSweep.key("r1", o, AlertKind.BREACHED))
        .isEqualTo(AlertSweep.key("r1", pendingDue(NOW), AlertKind.APPROACHING))
        .isNotEqualTo(AlertSweep.key("r1", pendingDue(NOW.plusSeconds(1)), AlertKind.APPROACHING));
  }

  static Evaluation evaluation(@Nullable Instant next, Obligation... obligations) {
    return new Evaluation(NOW, List.of(obligations), next, null);
  }

  static Obligation pendingDue(Instant due) {
    return obligation(ObligationStatus.PENDING, due);
  }

  static Obligation obligation(ObligationStatus status, Instant due) {
    return new Obligation(
        "kz.court-within-48h",
        status,
        due.minus(Duration.ofHours(48)),
        due,
        null,
        List.of(1),
        "CPC",
        Confidence.M,
        null);
  }
}
