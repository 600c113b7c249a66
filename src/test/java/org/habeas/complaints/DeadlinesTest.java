package org.habeas.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The first deadline of a complaint from a person still held is in hours, not days. */
class DeadlinesTest {

  private static final Instant LODGED = Instant.parse("2026-11-20T08:00:00Z");

  /** The shipped ordinary deadlines: received 3 days, registered 3 days; warned a day ahead. */
  private static final Deadlines ORDINARY =
      new Deadlines(
          Map.of(
              ComplaintStatus.RECEIVED, Duration.ofDays(3),
              ComplaintStatus.REGISTERED, Duration.ofDays(3)),
          Duration.ofDays(1));

  private static final Deadlines WITHIN_24H =
      ORDINARY.withStillHeldFirstResponse(Duration.ofHours(24));

  private static List<ComplaintEntry> lodged(boolean stillHeld) {
    var l = new ArrayList<ComplaintEntry>();
    l.add(
        new ComplaintEntry(
            1,
            ComplaintEntry.LODGED,
            LODGED,
            LODGED,
            "public",
            Map.<String, Object>of("stillHeld", stillHeld)));
    return l;
  }

  private static ComplaintState received(boolean stillHeld) {
    return ComplaintState.fold(lodged(stillHeld));
  }

  private static ComplaintState registered(boolean stillHeld) {
    var l = lodged(stillHeld);
    l.add(
        new ComplaintEntry(
            2,
            ComplaintEntry.TRIAGED,
            LODGED.plus(Duration.ofHours(2)),
            LODGED.plus(Duration.ofHours(2)),
            "monitor",
            Map.<String, Object>of("category", "TORTURE", "urgent", true)));
    return ComplaintState.fold(l);
  }

  @Test
  void aComplaintFromSomeoneStillHeldIsDueWithinTheHours() {
    var due = WITHIN_24H.dueAt(received(true), true);

    assertThat(due).isEqualTo(LODGED.plus(Duration.ofHours(24)));
    assertThat(WITHIN_24H.level(due, LODGED)).isEqualTo(Deadlines.Level.NEARING);
    assertThat(WITHIN_24H.level(due, LODGED.plus(Duration.ofHours(24))))
        .isEqualTo(Deadlines.Level.OVERDUE);
  }

  @Test
  void aComplaintFromSomeoneNoLongerHeldKeepsTheOrdinaryThreeDays() {
    assertThat(WITHIN_24H.dueAt(received(false), false)).isEqualTo(LODGED.plus(Duration.ofDays(3)));
    assertThat(WITHIN_24H.dueAt(received(false))).isEqualTo(ORDINARY.dueAt(received(false)));
    assertThat(WITHIN_24H.level(LODGED.plus(Duration.ofDays(3)), LODGED))
        .isEqualTo(Deadlines.Level.ON_TIME);
  }

  @Test
  void onceAnsweredTheLaterDeadlinesAreTheOrdinaryOnes() {
    assertThat(WITHIN_24H.dueAt(registered(true), true))
        .isEqualTo(LODGED.plus(Duration.ofHours(2)).plus(Duration.ofDays(3)));
  }

  @Test
  void withoutAnUrgentLimitTheOrdinaryDeadlineStands() {
    assertThat(ORDINARY.dueAt(received(true), true)).isEqualTo(LODGED.plus(Duration.ofDays(3)));
  }

  @Test
  void anUrgentLimitLongerThanTheOrdinaryOneNeverLengthensIt() {
    var longer = ORDINARY.withStillHeldFirstResponse(Duration.ofDays(5));

    assertThat(longer.dueAt(received(true), true)).isEqualTo(LODGED.plus(Duration.ofDays(3)));
  }

  @Test
  void aClosedComplaintHasNoDeadline() {
    var l = lodged(true);
    l.add(
        new ComplaintEntry(
            2,
            ComplaintEntry.STATUS_CHANGED,
            LODGED,
            LODGED,
            "monitor",
            Map.<String, Object>of("status", "CLOSED", "outcome", "WITHDRAWN")));

    assertThat(WITHIN_24H.dueAt(ComplaintState.fold(l), true)).isNull();
  }

  @Test
  void theSettingsFallBackTo24Hours() {
    var settings = IntakeLimitsTest.defaults();

    assertThat(settings.deadlineRules().dueAt(received(true), true))
        .isEqualTo(LODGED.plus(Duration.ofHours(24)));
  }
}
