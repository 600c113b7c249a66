package org.habeas.custody;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A mutable copy of a {@link CustodyRecord}, so one step of the fold changes only what it must. */
final class RecordDraft {
  Instant apprehendedAt;
  Person person;
  Jurisdiction jurisdiction;
  String currentFacilityId;
  boolean atCurrentFacility;
  String holdingFacilityId;
  final LinkedHashSet<String> facilitiesVisited;
  @Nullable Instant arrivedAt;
  RecordStatus status;
  @Nullable Instant closedAt;
  boolean released;
  boolean remandOrdered;
  boolean interrogationInProgress;
  @Nullable Instant interrogationStartedAt;
  @Nullable Instant extendedUntil;
  final LinkedHashSet<String> lawyers;
  final LinkedHashSet<String> interrogators;
  int lastSeq;
  List<TimelineEntry> events;
  @Nullable Instant remandArrivedAt;
  @Nullable Instant remandEndedAt;

  RecordDraft(CustodyRecord r) {
    apprehendedAt = r.apprehendedAt();
    person = r.person();
    jurisdiction = r.jurisdiction();
    currentFacilityId = r.currentFacilityId();
    atCurrentFacility = r.atCurrentFacility();
    holdingFacilityId = r.holdingFacilityId();
    facilitiesVisited = new LinkedHashSet<>(r.facilitiesVisited());
    arrivedAt = r.arrivedAt();
    status = r.status();
    closedAt = r.closedAt();
    released = r.released();
    remandOrdered = r.remandOrdered();
    interrogationInProgress = r.interrogationInProgress();
    interrogationStartedAt = r.interrogationStartedAt();
    extendedUntil = r.extendedUntil();
    lawyers = new LinkedHashSet<>(r.lawyers());
    interrogators = new LinkedHashSet<>(r.interrogators());
    lastSeq = r.lastSeq();
    events = r.events();
    remandArrivedAt = r.remandArrivedAt();
    remandEndedAt = r.remandEndedAt();
  }

  /** The state a record opens with. */
  static CustodyRecord opened(Apprehended a, int seq) {
    var facilities = new LinkedHashSet<String>();
    facilities.add(a.facilityId());
    return new RecordDraft(
            new CustodyRecord(
                a.occurredAt(),
                a.person(),
                a.jurisdiction(),
                a.facilityId(),
                false,
                a.facilityId(),
                facilities,
                null,
                RecordStatus.OPEN,
                null,
                false,
                false,
                false,
                null,
                null,
                new LinkedHashSet<>(),
                new LinkedHashSet<>(),
                seq,
                List.of(),
                null,
                null))
        .build();
  }

  /** The person is (or is on the way to being) at the given facility. */
  void moveTo(String facilityId, boolean arrived) {
    currentFacilityId = facilityId;
    atCurrentFacility = arrived;
    facilitiesVisited.add(facilityId);
  }

  /** The record closes; an event at the same moment as the closing one does not move it. */
  void close(Instant at) {
    if (status == RecordStatus.OPEN) {
      status = RecordStatus.CLOSED;
      closedAt = at;
    }
  }

  /** The remand phase ends: the person left the remand prison, released or moved on. */
  void endRemand(Instant at) {
    status = RecordStatus.CLOSED;
    remandEndedAt = at;
  }

  CustodyRecord build() {
    return new CustodyRecord(
        apprehendedAt,
        person,
        jurisdiction,
        currentFacilityId,
        atCurrentFacility,
        holdingFacilityId,
        Collections.unmodifiableSequencedSet(new LinkedHashSet<>(facilitiesVisited)),
        arrivedAt,
        status,
        closedAt,
        released,
        remandOrdered,
        interrogationInProgress,
        interrogationStartedAt,
        extendedUntil,
        Collections.unmodifiableSequencedSet(new LinkedHashSet<>(lawyers)),
        Collections.unmodifiableSequencedSet(new LinkedHashSet<>(interrogators)),
        lastSeq,
        List.copyOf(events),
        remandArrivedAt,
        remandEndedAt);
  }
}
