package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyPhase;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.RecordStatus;
import org.habeas.custody.StoredEvent;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the remand prison a person is handed over to continues the same record once it records
 * their arrival. Police custody still ends at the hand-over; a record with a hand-over and no
 * arrival stays as it always was.
 */
class RemandPhaseTest extends CustodyTest {

  /** Late enough for the weeks at the remand prison. */
  private static final java.time.Instant NOW = at("2026-06-01T12:00+05:00");

  private static CustodyRecord appendNow(List<StoredEvent> existing, CustodyEvent candidate) {
    return CustodyRecord.checkAppend(existing, candidate, NOW);
  }

  private static String refusalCode(List<StoredEvent> existing, CustodyEvent candidate) {
    var refusal =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            org.habeas.custody.CustodyRuleViolation.class, () -> appendNow(existing, candidate));
    assertThat(refusal).as("refusal of %s", candidate.type()).isNotNull();
    assertThat(refusal.getMessage()).isNotEqualTo(refusal.code());
    return refusal.code();
  }

  private static List<StoredEvent> handedOver() {
    return given(
        apprehendedAt("2026-03-01T22:15+05:00"),
        arrivedAt("2026-03-01T23:00+05:00", TDF),
        remandOrderedAt("2026-03-03T11:00+05:00"),
        transferredAt("2026-03-03T15:00+05:00", SIZO));
  }

  private static List<StoredEvent> plus(List<StoredEvent> before, CustodyEvent... more) {
    List<StoredEvent> all = new ArrayList<>(before);
    for (CustodyEvent e : more) {
      all.add(new StoredEvent(all.size() + 1, e, e.occurredAt(), "officer", null));
    }
    return all;
  }

  @Test
  void aHandOverWithoutArrivalClosesTheRecordAsBefore() {
    CustodyRecord state = CustodyRecord.replay(handedOver());

    assertThat(state.status()).isEqualTo(RecordStatus.CLOSED);
    assertThat(state.closedAt()).isEqualTo(at("2026-03-03T15:00+05:00"));
    assertThat(state.phase()).isEqualTo(CustodyPhase.POLICE);
    assertThat(state.handedOverToRemand()).isTrue();
    assertThat(state.isHeld()).isFalse();
    assertThat(state.holdingFacilityId()).isEqualTo(TDF);
    assertThat(refusalCode(handedOver(), cellVisitedAt("2026-03-03T16:00+05:00")))
        .isEqualTo("custody.rule.after-remand-transfer");
  }

  @Test
  void theArrivalAtTheRemandPrisonContinuesTheRecordInItsRemandPhase() {
    CustodyRecord state = appendNow(handedOver(), arrivedAt("2026-03-03T17:30+05:00", SIZO));

    assertThat(state.status()).isEqualTo(RecordStatus.REMANDED);
    assertThat(state.phase()).isEqualTo(CustodyPhase.REMAND);
    assertThat(state.isHeld()).isTrue();
    assertThat(state.isOpen()).as("police custody ended at the hand-over").isFalse();
    assertThat(state.closedAt()).isEqualTo(at("2026-03-03T15:00+05:00"));
    assertThat(state.remandArrivedAt()).isEqualTo(at("2026-03-03T17:30+05:00"));
    assertThat(state.holdingFacilityId()).isEqualTo(SIZO);
    assertThat(state.atCurrentFacility()).isTrue();
  }

  @Test
  void eventsWeeksLaterAtTheRemandPrisonJoinTheSameRecord() {
    var received = plus(handedOver(), arrivedAt("2026-03-03T17:30+05:00", SIZO));

    CustodyRecord state = appendNow(received, cellVisitedAt("2026-03-24T10:00+05:00"));

    assertThat(state.status()).isEqualTo(RecordStatus.REMANDED);
    assertThat(state.lastSeq()).isEqualTo(6);
  }

  @Test
  void releaseFromTheRemandPrisonEndsTheRecordAndNothingFollowsIt() {
    var received = plus(handedOver(), arrivedAt("2026-03-03T17:30+05:00", SIZO));

    CustodyRecord state = appendNow(received, releasedAt("2026-04-20T10:00+05:00"));

    assertThat(state.status()).isEqualTo(RecordStatus.CLOSED);
    assertThat(state.released()).isTrue();
    assertThat(state.closedAt())
        .as("police custody still ended at the hand-over")
        .isEqualTo(at("2026-03-03T15:00+05:00"));
    assertThat(state.remandEndedAt()).isEqualTo(at("2026-04-20T10:00+05:00"));
    assertThat(state.endedAt()).isEqualTo(at("2026-04-20T10:00+05:00"));
    var released = plus(received, releasedAt("2026-04-20T10:00+05:00"));
    assertThat(refusalCode(released, cellVisitedAt("2026-04-20T11:00+05:00")))
        .isEqualTo("custody.rule.after-release");
  }

  @Test
  void aFurtherTransferEndsTheRemandPhaseUnderThisRecord() {
    var received = plus(handedOver(), arrivedAt("2026-03-03T17:30+05:00", SIZO));
    var moved = plus(received, transferredAt("2026-04-01T09:00+05:00", "kz-alm-sizo1"));

    CustodyRecord state = CustodyRecord.replay(moved);

    assertThat(state.status()).isEqualTo(RecordStatus.CLOSED);
    assertThat(state.remandEndedAt()).isEqualTo(at("2026-04-01T09:00+05:00"));
    assertThat(refusalCode(moved, arrivedAt("2026-04-01T12:00+05:00", "kz-alm-sizo1")))
        .isEqualTo("custody.rule.after-remand-ended");
  }

  @Test
  void onlyTheFacilityHandedOverToContinuesIt() {
    assertThat(refusalCode(handedOver(), arrivedAt("2026-03-03T17:30+05:00", DEPARTMENT)))
        .isEqualTo("custody.rule.after-remand-transfer");
  }

  @Test
  void anArrivalTheMinuteOfTheHandOverIsAPaperEntryAndDoesNotContinueIt() {
    CustodyRecord state = appendNow(handedOver(), arrivedAt("2026-03-03T15:00+05:00", SIZO));

    assertThat(state.status()).isEqualTo(RecordStatus.CLOSED);
    assertThat(state.phase()).isEqualTo(CustodyPhase.POLICE);
  }

  @Test
  void aSecondArrivalAtTheRemandPrisonIsRefused() {
    var received = plus(handedOver(), arrivedAt("2026-03-03T17:30+05:00", SIZO));

    assertThat(refusalCode(received, arrivedAt("2026-03-04T09:00+05:00", SIZO)))
        .isEqualTo("custody.rule.already-at-facility");
  }

  @Test
  void aReleasedRecordIsNeverContinued() {
    var released =
        given(
            apprehendedAt("2026-03-01T22:15+05:00"),
            remandOrderedAt("2026-03-03T11:00+05:00"),
            releasedAt("2026-03-03T12:00+05:00"));

    assertThat(refusalCode(released, arrivedAt("2026-03-03T17:30+05:00", SIZO)))
        .isEqualTo("custody.rule.after-release");
  }
}
