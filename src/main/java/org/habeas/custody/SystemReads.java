package org.habeas.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.habeas.custody.CustodyRecords.PersonMatch;
import org.habeas.custody.CustodyRecords.Whereabouts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The reads of other processes, which show the records to no one as they are: a record's history in
 * the system's form, the one with the person identified for raising a complaint, and the records
 * that match a report of a detention. No access check and no read logged.
 */
@Component
class SystemReads {

  private final RecordHistories histories;
  private final CustodyRecordViews views;

  SystemReads(RecordHistories histories, CustodyRecordViews views) {
    this.histories = histories;
    this.views = views;
  }

  /** {@link CustodyRecords#history(String)}. */
  List<StoredEvent> history(String recordId) {
    return Redaction.forSystem(histories.stored(recordId), CustodyRecords.pseudonym(recordId));
  }

  /** {@link CustodyRecords#history(RecordView)}. */
  List<StoredEvent> history(RecordView view) {
    var events =
        view.state().events().stream()
            .map(TimelineEntry::stored)
            .sorted(Comparator.comparingInt(StoredEvent::seq))
            .toList();
    return Redaction.forSystem(events, CustodyRecords.pseudonym(view.id()));
  }

  /** {@link CustodyRecords#historyRaisingComplaint}. */
  List<StoredEvent> historyRaisingComplaint(String recordId, int seq) {
    var events = histories.stored(recordId).stream().filter(s -> s.seq() <= seq).toList();
    boolean raising =
        events.stream()
            .filter(s -> s.seq() == seq)
            .map(s -> s.event() instanceof Corrected c ? c.replacement() : s.event())
            .anyMatch(e -> e instanceof AllegationMade || e instanceof InjuryRecorded);
    return raising ? events : List.of();
  }

  /** {@link CustodyRecords#matching}. */
  List<PersonMatch> matching(String name, LocalDate birthDate, @Nullable String nationalId) {
    var folded = PartyKeys.fold(name);
    var iin = nationalId == null || nationalId.isBlank() ? null : nationalId.strip();
    var found = new ArrayList<PersonMatch>();
    for (var recordId : views.recordsOfPerson(folded, iin)) {
      var events = histories.stored(recordId);
      if (events.isEmpty() || !(events.getFirst().event() instanceof Apprehended a)) {
        continue;
      }
      var person = a.person();
      boolean byName =
          PartyKeys.fold(person.name()).equals(folded) && person.birthDate().equals(birthDate);
      boolean byIin =
          iin != null && person.nationalId() != null && iin.equals(person.nationalId().strip());
      if (byName || byIin) {
        found.add(
            new PersonMatch(
                recordId, a.facilityId(), a.occurredAt(), events.getFirst().recordedAt()));
      }
    }
    return found;
  }

  /** {@link CustodyRecords#whereabouts}. */
  List<Whereabouts> whereabouts(
      String name, LocalDate birthDate, @Nullable String nationalId, Instant closedSince) {
    var folded = PartyKeys.fold(name);
    var iin = nationalId == null || nationalId.isBlank() ? null : nationalId.strip();
    var found = new ArrayList<Whereabouts>();
    for (var recordId : views.recordsOfPerson(folded, null)) {
      var events = histories.stored(recordId);
      if (events.isEmpty() || !(events.getFirst().event() instanceof Apprehended)) {
        continue;
      }
      var r = CustodyRecord.replay(events);
      var person = r.person();
      if (!PartyKeys.fold(person.name()).equals(folded) || !person.birthDate().equals(birthDate)) {
        continue;
      }
      var endedAt = r.isHeld() ? null : r.endedAt();
      if (endedAt != null && endedAt.isBefore(closedSince)) {
        continue;
      }
      var recorded = person.nationalId() == null ? null : person.nationalId().strip();
      found.add(
          new Whereabouts(
              recordId,
              r.jurisdiction(),
              r.currentFacilityId(),
              r.apprehendedAt(),
              r.isHeld(),
              r.released(),
              // On the way to the first facility is held there already; later, a transfer.
              !r.released()
                  && !r.atCurrentFacility()
                  && (r.arrivedAt() != null || r.handedOverToRemand()),
              endedAt,
              iin == null || recorded == null ? null : iin.equals(recorded)));
    }
    found.sort(Comparator.comparing(Whereabouts::apprehendedAt).reversed());
    return found;
  }
}
