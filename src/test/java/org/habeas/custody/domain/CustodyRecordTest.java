package org.habeas.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.InterrogationStarted;
import org.habeas.custody.LawyerNotified;
import org.habeas.custody.LawyerRequested;
import org.habeas.custody.RecordStatus;
import org.habeas.custody.StoredEvent;
import org.junit.jupiter.api.Test;

class CustodyRecordTest extends CustodyTest {

  @Test
  void placesLateEntryByOccurredAt() {
    List<StoredEvent> events =
        new ArrayList<>(
            given(
                apprehendedAt("2026-03-01T22:15+05:00"),
                arrivedAt("2026-03-01T23:00+05:00", TDF),
                questioningStartedAt("2026-03-02T09:00+05:00")));
    // A cell visit from the paper log, typed in after the questioning began.
    events.add(
        new StoredEvent(
            4,
            cellVisitedAt("2026-03-02T02:00+05:00"),
            at("2026-03-02T09:30+05:00"),
            "officer",
            null));

    CustodyRecord state = CustodyRecord.replay(events);

    assertThat(state.events()).extracting(e -> e.stored().seq()).containsExactly(1, 2, 4, 3);
    assertThat(state.events().get(2).stored().lateEntry()).isTrue();
    assertThat(state.lastSeq()).isEqualTo(4);
  }

  @Test
  void replayDoesNotDependOnStoredOrder() {
    List<StoredEvent> events =
        new ArrayList<>(
            given(
                apprehendedAt("2026-03-01T22:15+05:00"),
                arrivedAt("2026-03-01T23:00+05:00", TDF),
                transferredAt("2026-03-02T12:00+05:00", SIZO)));
    CustodyRecord inOrder = CustodyRecord.replay(events);
    Collections.reverse(events);

    assertThat(CustodyRecord.replay(events)).isEqualTo(inOrder);
  }

  @Test
  void followsPersonAcrossFacilities() {
    CustodyRecord state =
        record(
            apprehendedAt("2026-03-01T22:15+05:00"),
            arrivedAt("2026-03-01T23:00+05:00", DEPARTMENT),
            transferredAt("2026-03-02T09:00+05:00", TDF),
            arrivedAt("2026-03-02T09:40+05:00", TDF));

    assertThat(state.currentFacilityId()).isEqualTo(TDF);
    assertThat(state.atCurrentFacility()).isTrue();
    assertThat(state.facilitiesVisited()).containsExactly(TDF, DEPARTMENT);
    assertThat(state.arrivedAt()).as("first arrival").isEqualTo(at("2026-03-01T23:00+05:00"));
    assertThat(state.status()).isEqualTo(RecordStatus.OPEN);
  }

  @Test
  void transferWithoutRemandOnlyMovesPerson() {
    CustodyRecord state =
        record(
            apprehendedAt("2026-03-01T22:15+05:00"), transferredAt("2026-03-02T09:00+05:00", SIZO));

    assertThat(state.isOpen()).isTrue();
    assertThat(state.currentFacilityId()).isEqualTo(SIZO);
  }

  @Test
  void closesOnTransferAfterRemand() {
    CustodyRecord state =
        record(
            apprehendedAt("2026-03-01T22:15+05:00"),
            remandOrderedAt("2026-03-03T11:00+05:00"),
            transferredAt("2026-03-03T15:00+05:00", SIZO));

    assertThat(state.status()).isEqualTo(RecordStatus.CLOSED);
    assertThat(state.closedAt()).isEqualTo(at("2026-03-03T15:00+05:00"));
    assertThat(state.remandOrdered()).isTrue();
    assertThat(state.released()).isFalse();
  }

  @Test
  void closesOnRelease() {
    CustodyRecord state =
        record(apprehendedAt("2026-03-01T22:15+05:00"), releasedAt("2026-03-02T10:00+05:00"));

    assertThat(state.status()).isEqualTo(RecordStatus.CLOSED);
    assertThat(state.closedAt()).isEqualTo(at("2026-03-02T10:00+05:00"));
    assertThat(state.released()).isTrue();
  }

  @Test
  void collectsLawyersAndInterrogatorsOnce() {
    CustodyRecord state =
        record(
            apprehendedAt("2026-03-01T22:15+05:00"),
            new LawyerRequested(at("2026-03-01T22:30+05:00"), "A. Bekova"),
            new LawyerNotified(at("2026-03-01T22:40+05:00"), "A. Bekova"),
            lawyerArrivedAt("2026-03-02T08:00+05:00", "D. Sadykov"),
            questioningStartedAt("2026-03-02T09:00+05:00"),
            questioningEndedAt("2026-03-02T10:00+05:00"),
            new InterrogationStarted(
                at("2026-03-02T11:00+05:00"), "Inv. Zhakupova", true, null, null, "vid-2", null));

    assertThat(state.lawyers()).containsExactly("A. Bekova", "D. Sadykov");
    assertThat(state.interrogators()).containsExactly("Inv. Karimov", "Inv. Zhakupova");
    assertThat(state.interrogationInProgress()).isTrue();
    assertThat(state.interrogationStartedAt()).isEqualTo(at("2026-03-02T11:00+05:00"));
  }

  @Test
  void keepsTheLastExtension() {
    CustodyRecord state =
        record(
            apprehendedAt("2026-03-01T22:15+05:00"),
            extendedAt("2026-03-03T10:00+05:00", "2026-03-04T22:15+05:00"));

    assertThat(state.extendedUntil()).isEqualTo(at("2026-03-04T22:15+05:00"));
  }

  @Test
  void replayNeedsAnApprehension() {
    assertThatThrownBy(() -> CustodyRecord.replay(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void evolveFoldsOneEventAtATime() {
    var events =
        given(apprehendedAt("2026-03-01T22:15+05:00"), arrivedAt("2026-03-01T23:00+05:00", TDF));

    CustodyRecord opened = CustodyRecord.evolve(null, events.get(0));
    CustodyRecord arrived = CustodyRecord.evolve(opened, events.get(1));

    assertThat(opened.atCurrentFacility()).isFalse();
    assertThat(arrived.atCurrentFacility()).isTrue();
    assertThat(arrived.lastSeq()).isEqualTo(2);
  }

  @Test
  void recordStartsWithApprehension() {
    var events = given(cellVisitedAt("2026-03-01T23:00+05:00"));

    assertThatThrownBy(() -> CustodyRecord.evolve(null, events.get(0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
