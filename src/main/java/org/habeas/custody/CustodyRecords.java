package org.habeas.custody;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.habeas.ledger.LedgerEvent;
import org.habeas.ledger.MerkleLog;
import org.habeas.system.Actor;
import org.habeas.system.ApiProblem;
import org.habeas.system.ApiProblem.FieldProblem;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.JsonProblems;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.PersonalDataReads.Purpose;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The custody records: open one at apprehension, append events as they happen, read a record as the
 * viewer may see it. Every write is checked against the record's timeline first, and either lands
 * whole or not at all.
 */
@Service
public class CustodyRecords {

  private final CustodyEventStore store;
  private final CustodyRecordViews views;
  private final CustodyAccess access;
  private final Facilities facilities;
  private final PersonalDataReads reads;
  private final Validator validator;
  private final MerkleLog ledger;
  private final org.springframework.context.ApplicationEventPublisher publisher;
  private final Clock clock;

  CustodyRecords(
      CustodyEventStore store,
      CustodyRecordViews views,
      CustodyAccess access,
      Facilities facilities,
      PersonalDataReads reads,
      Validator validator,
      MerkleLog ledger,
      org.springframework.context.ApplicationEventPublisher publisher,
      Clock clock) {
    this.store = store;
    this.views = views;
    this.access = access;
    this.facilities = facilities;
    this.reads = reads;
    this.validator = validator;
    this.ledger = ledger;
    this.publisher = publisher;
    this.clock = clock;
  }

  /**
   * The same records seen from another clock: for loading a paper register's history (demo data)
   * and for tests. The copy is not transactional by itself; wrap its calls in a transaction.
   */
  public CustodyRecords at(Clock other) {
    return new CustodyRecords(
        store, views, access, facilities, reads, validator, ledger, publisher, other);
  }

  /** Opens a record with the apprehension; returns its id. */
  @Transactional
  public String open(Actor actor, Apprehended apprehended) {
    validate(apprehended);
    facility(apprehended.facilityId(), "facilityId");
    if (!access.mayOpen(actor, apprehended)) {
      throw ApiProblem.forbidden("custody.forbiddenFacility", apprehended.facilityId());
    }
    var now = clock.instant();
    var state = checked(List.of(), apprehended);
    var id = UUID.randomUUID().toString();
    var first = new StoredEvent(1, apprehended, now, actor.username(), null);
    store.create(id, apprehended.jurisdiction(), actor.username(), now);
    store.append(id, first);
    commitToLedger(id, state, first);
    project(id, state, first);
    publisher.publishEvent(recorded(id, first));
    return id;
  }

  /**
   * Appends one event.
   *
   * @param expectedLastSeq if given, the append only lands if the record's last seq is this one
   *     (the caller's view of the record is not stale)
   */
  @Transactional
  public StoredEvent append(
      Actor actor, String recordId, CustodyEvent event, @Nullable Integer expectedLastSeq) {
    validate(event);
    var events = existing(recordId);
    var before = CustodyRecord.replay(events);
    if (access.visibility(actor, before) == Visibility.NONE
        && !access.mayAppend(actor, before, event)) {
      throw ApiProblem.notFound("custody.notFound");
    }
    if (!access.mayAppend(actor, before, event)) {
      throw ApiProblem.forbidden("custody.forbiddenEvent", event.type());
    }
    checkFacilities(event);
    int last = events.getLast().seq();
    if (expectedLastSeq != null && expectedLastSeq != last) {
      throw new ApiProblem(409, "custody.stale", List.of(), expectedLastSeq, last);
    }
    var state = checked(events, event);
    var stored = new StoredEvent(last + 1, event, clock.instant(), actor.username(), null);
    try {
      store.append(recordId, stored);
    } catch (DuplicateKeyException e) {
      throw new ApiProblem(409, "custody.conflict", List.of());
    }
    commitToLedger(recordId, state, stored);
    project(recordId, state, stored);
    publisher.publishEvent(recorded(recordId, stored));
    return stored;
  }

  /**
   * The record as the actor may see it. A monitor sees the person only with a stated reason; every
   * showing of the person is logged.
   */
  @Transactional
  public RecordView view(Actor actor, String recordId, @Nullable String reason) {
    var events = existing(recordId);
    var state = CustodyRecord.replay(events);
    var visibility = access.visibility(actor, state);
    if (visibility == Visibility.NONE) {
      throw ApiProblem.notFound("custody.notFound");
    }
    boolean reasoned = reason != null && !reason.isBlank();
    if (visibility == Visibility.PSEUDONYMISED && reasoned) {
      visibility = Visibility.FULL;
      reads.log(actor, recordId, Purpose.STATED_REASON, reason.strip());
    } else if (visibility != Visibility.PSEUDONYMISED) {
      reads.log(actor, recordId, Purpose.DUTY, null);
    }
    var facility = facility(state.currentFacilityId(), "facilityId");
    var shown = Redaction.eventsFor(visibility, state.events(), pseudonym(recordId));
    return new RecordView(
        recordId,
        state,
        facility,
        visibility,
        visibility == Visibility.PSEUDONYMISED ? null : state.person(),
        pseudonym(recordId),
        shown,
        DetentionClock.of(state, clock.instant(), facility.zone()),
        state.isJuvenile(facility.zone()));
  }

  /**
   * The names to show for listed records: the person's name where the actor's duty shows it (and
   * the read is logged), else the pseudonym.
   */
  @Transactional
  public java.util.Map<String, String> shownNames(Actor actor, List<RecordSummary> listed) {
    var names = new java.util.HashMap<String, String>();
    for (var r : listed) {
      var state = CustodyRecord.replay(store.load(r.id()));
      var visibility = access.visibility(actor, state);
      if (visibility == Visibility.FULL || visibility == Visibility.MEDICAL) {
        reads.log(actor, r.id(), Purpose.DUTY, null);
        names.put(r.id(), state.person().name());
      } else {
        names.put(r.id(), pseudonym(r.id()));
      }
    }
    return names;
  }

  /** A page of the records the actor may list. */
  public List<RecordSummary> list(Actor actor, RecordFilter filter, int page, int size) {
    return views.page(actor, filter, page * size, size);
  }

  public long count(Actor actor, RecordFilter filter) {
    return views.count(actor, filter);
  }

  /**
   * The stored events of a record, with no access check and no read logged: for system processes
   * (the safeguards scheduler) that derive deadlines and never show the events to anyone.
   */
  public List<StoredEvent> history(String recordId) {
    return store.load(recordId);
  }

  private static CustodyEventRecorded recorded(String recordId, StoredEvent e) {
    return new CustodyEventRecorded(recordId, e.seq(), e.type(), e.event().occurredAt());
  }

  /** A stable stand-in for the person, derived from the record id (no personal data in it). */
  public static String pseudonym(String recordId) {
    return "D-" + recordId.substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }

  private List<StoredEvent> existing(String recordId) {
    var events = store.load(recordId);
    if (events.isEmpty()) {
      throw ApiProblem.notFound("custody.notFound");
    }
    return events;
  }

  private CustodyRecord checked(List<StoredEvent> events, CustodyEvent event) {
    try {
      return CustodyRecord.checkAppend(events, event, clock.instant());
    } catch (CustodyRuleViolation v) {
      var status = "record.future-event".equals(v.rule()) ? 400 : 422;
      return throwing(
          new ApiProblem(
                  status, "problem.rule", List.of(new FieldProblem(v.field(), v.code(), v.args())))
              .withRule(v.rule()));
    }
  }

  private static <T> T throwing(RuntimeException e) {
    throw e;
  }

  private void validate(CustodyEvent event) {
    var violations = validator.validate(event);
    if (!violations.isEmpty()) {
      throw JsonProblems.from(violations);
    }
  }

  private void checkFacilities(CustodyEvent event) {
    var inner = event instanceof Corrected c ? c.replacement() : event;
    var prefix = event instanceof Corrected ? "replacement." : "";
    switch (inner) {
      case Apprehended a -> facility(a.facilityId(), prefix + "facilityId");
      case ArrivedAtFacility a -> facility(a.facilityId(), prefix + "facilityId");
      case Transferred t -> facility(t.toFacilityId(), prefix + "toFacilityId");
      default -> {}
    }
  }

  private Facility facility(String id, String field) {
    return facilities
        .find(id)
        .orElseThrow(() -> ApiProblem.badField(field, "custody.unknownFacility", id));
  }

  /** Commits the stored event to the tamper-evident log, in the same transaction. */
  private void commitToLedger(String recordId, CustodyRecord state, StoredEvent stored) {
    ledger.commit(
        new LedgerEvent(
            recordId,
            stored.seq(),
            stored.type(),
            stored.event().occurredAt(),
            state.currentFacilityId(),
            java.util.Objects.requireNonNull(stored.recordedBy()),
            stored.event()));
  }

  private void project(String recordId, CustodyRecord state, StoredEvent stored) {
    var inner = stored.event() instanceof Corrected c ? c.replacement() : stored.event();
    var lawyers = new ArrayList<String>();
    switch (inner) {
      case LawyerRequested l -> lawyers.add(l.lawyer());
      case LawyerNotified l -> lawyers.add(l.lawyer());
      case LawyerArrived l -> lawyers.add(l.lawyer());
      default -> {}
    }
    store.addParties(recordId, stored.seq(), "lawyer", lawyers);
    switch (inner) {
      case Apprehended a ->
          store.addParties(recordId, stored.seq(), "facility", List.of(a.facilityId()));
      case ArrivedAtFacility a ->
          store.addParties(recordId, stored.seq(), "facility", List.of(a.facilityId()));
      case Transferred t ->
          store.addParties(recordId, stored.seq(), "facility", List.of(t.toFacilityId()));
      default -> {}
    }
    if (inner instanceof InterrogationStarted i) {
      store.addParties(recordId, stored.seq(), "interrogator", List.of(i.interrogator()));
    }
    var current = facility(state.currentFacilityId(), "facilityId");
    views.write(
        recordId,
        state,
        current,
        DetentionClock.of(state, clock.instant(), current.zone()),
        clock.instant());
  }
}
