package org.habeas.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The fold of a complaint's timeline, its status moves and its deadlines, without Spring. */
class ComplaintStateTest {

  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

  private static ComplaintEntry entry(int seq, String type, Instant at, Object... kv) {
    Map<String, @Nullable Object> d = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      d.put((String) kv[i], kv[i + 1]);
    }
    return new ComplaintEntry(seq, type, at, at, "monitor", d);
  }

  private static List<ComplaintEntry> lodged(boolean stillHeld) {
    var l = new ArrayList<ComplaintEntry>();
    l.add(entry(1, ComplaintEntry.LODGED, T0, "stillHeld", stillHeld));
    return l;
  }

  @Test
  void aLodgedComplaintIsReceivedAndUrgentWhenThePersonIsStillHeld() {
    var s = ComplaintState.fold(lodged(true));
    assertThat(s.status()).isEqualTo(ComplaintStatus.RECEIVED);
    assertThat(s.urgent()).isTrue();
    assertThat(ComplaintState.fold(lodged(false)).urgent()).isFalse();
  }

  @Test
  void triageRegistersAndAssignmentAndReferralFoldIn() {
    var l = lodged(false);
    var t1 = T0.plus(Duration.ofHours(2));
    l.add(entry(2, ComplaintEntry.TRIAGED, t1, "category", "TORTURE", "urgent", true));
    l.add(entry(3, ComplaintEntry.ASSIGNED, t1, "assignee", "monitor"));
    l.add(entry(4, "casefile.ActRecorded", t1));
    var t2 = T0.plus(Duration.ofDays(1));
    l.add(entry(5, ComplaintEntry.STATUS_CHANGED, t2, "status", "REFERRED_TO_PROSECUTOR"));
    var s = ComplaintState.fold(l);
    assertThat(s.category()).isEqualTo(Category.TORTURE);
    assertThat(s.urgent()).isTrue();
    assertThat(s.assignee()).isEqualTo("monitor");
    assertThat(s.status()).isEqualTo(ComplaintStatus.REFERRED_TO_PROSECUTOR);
    assertThat(s.statusSince()).isEqualTo(t2);
    assertThat(s.referred()).isTrue();
    assertThat(s.lastSeq()).isEqualTo(5);
  }

  @Test
  void closingKeepsTheOutcomeAndTheReferral() {
    var l = lodged(false);
    l.add(entry(2, ComplaintEntry.STATUS_CHANGED, T0, "status", "REFERRED_TO_PROSECUTOR"));
    l.add(
        entry(
            3, ComplaintEntry.STATUS_CHANGED, T0, "status", "CLOSED", "outcome", "CRIMINAL_CASE"));
    var s = ComplaintState.fold(l);
    assertThat(s.status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(s.outcome()).isEqualTo(Outcome.CRIMINAL_CASE);
    assertThat(s.referred()).isTrue();
  }

  @Test
  void aTimelineMustStartWithTheLodging() {
    assertThatThrownBy(() -> ComplaintState.fold(List.of(entry(1, ComplaintEntry.TRIAGED, T0))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statusesMoveForwardOnlyAndClosedIsFinal() {
    assertThat(ComplaintStatus.RECEIVED.mayMoveTo(ComplaintStatus.REFERRED_TO_PROSECUTOR)).isTrue();
    assertThat(ComplaintStatus.REFERRED_TO_PROSECUTOR.mayMoveTo(ComplaintStatus.REGISTERED))
        .isFalse();
    assertThat(ComplaintStatus.CLOSED.mayMoveTo(ComplaintStatus.CLOSED)).isFalse();
    assertThat(ComplaintStatus.REGISTERED.mayMoveTo(ComplaintStatus.REGISTERED)).isFalse();
  }

  @Test
  void deadlinesCountFromTheStatusAndWarnBeforeTheyFallDue() {
    var rules =
        new Deadlines(
            Map.of(
                ComplaintStatus.RECEIVED, Duration.ofDays(3),
                ComplaintStatus.REFERRED_TO_PROSECUTOR, Duration.ofDays(10)),
            Duration.ofDays(1));
    var s = ComplaintState.fold(lodged(false));
    var due = rules.dueAt(s);
    assertThat(due).isEqualTo(T0.plus(Duration.ofDays(3)));
    assertThat(rules.level(due, T0.plus(Duration.ofDays(1)))).isEqualTo(Deadlines.Level.ON_TIME);
    assertThat(rules.level(due, T0.plus(Duration.ofHours(60)))).isEqualTo(Deadlines.Level.NEARING);
    assertThat(rules.level(due, T0.plus(Duration.ofDays(3)))).isEqualTo(Deadlines.Level.OVERDUE);
    var l = lodged(false);
    l.add(entry(2, ComplaintEntry.TRIAGED, T0, "category", "OTHER", "urgent", false));
    assertThat(rules.dueAt(ComplaintState.fold(l))).as("no deadline for registered here").isNull();
    l.add(entry(3, ComplaintEntry.STATUS_CHANGED, T0, "status", "CLOSED", "outcome", "WITHDRAWN"));
    assertThat(rules.level(rules.dueAt(ComplaintState.fold(l)), T0))
        .isEqualTo(Deadlines.Level.NONE);
  }

  @Test
  void duplicatesAreTheSameRecordOrTheSamePersonAndFacilityWithinTheWindow() {
    var week = Duration.ofDays(7);
    var a = new Duplicates.Candidate("a", "Серік Әбенов", "kz-ast-tdf1", null, T0);
    var b =
        new Duplicates.Candidate(
            "b", "әбенов  серік", "kz-ast-tdf1", null, T0.plus(Duration.ofDays(2)));
    var later =
        new Duplicates.Candidate(
            "c", "Серік Әбенов", "kz-ast-tdf1", null, T0.plus(Duration.ofDays(9)));
    var elsewhere = new Duplicates.Candidate("d", "Серік Әбенов", "kz-alm-tdf1", null, T0);
    var sameRecord = new Duplicates.Candidate("e", null, null, "r1", T0);
    var sameRecord2 = new Duplicates.Candidate("f", "x", "y", "r1", T0.plus(Duration.ofDays(60)));
    assertThat(Duplicates.likely(a, b, week)).isTrue();
    assertThat(Duplicates.likely(a, later, week)).isFalse();
    assertThat(Duplicates.likely(a, elsewhere, week)).isFalse();
    assertThat(Duplicates.likely(a, a, week)).isFalse();
    assertThat(Duplicates.likely(sameRecord, sameRecord2, week)).isTrue();
    var anonymous = new Duplicates.Candidate("g", null, "kz-ast-tdf1", null, T0);
    assertThat(
            Duplicates.likely(
                anonymous, new Duplicates.Candidate("h", null, "kz-ast-tdf1", null, T0), week))
        .isFalse();
  }
}
