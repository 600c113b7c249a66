package org.habeas.custody;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.habeas.ledger.ErasureDecision;
import org.habeas.ledger.LedgerEvent;
import org.habeas.ledger.LedgerRecord;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.RecordErasure;
import org.habeas.system.Actor;
import org.habeas.system.ApiProblem;
import org.habeas.system.ApiProblem.FieldProblem;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.JsonProblems;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.PersonalDataReads.Purpose;
import org.habeas.system.Role;
import org.habeas.system.TransactionScoped;
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

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(CustodyRecords.class);

  private final CustodyEventStore store;
  private final CustodyRecordViews views;
  private final CustodyAccess access;
  private final Facilities facilities;
  private final PersonalDataReads reads;
  private final Validator validator;
  private final MerkleLog ledger;
  private final org.springframework.context.ApplicationEventPublisher publisher;
  private final Clock clock;
  private final org.springframework.beans.factory.ObjectProvider<DetentionLimits> limits;
  private final TransactionScoped scoped;
  private final org.springframework.beans.factory.ObjectProvider<RecordDeadlines> deadlines;

  CustodyRecords(
      CustodyEventStore store,
      CustodyRecordViews views,
      CustodyAccess access,
      Facilities facilities,
      PersonalDataReads reads,
      Validator validator,
      MerkleLog ledger,
      org.springframework.context.ApplicationEventPublisher publisher,
      Clock clock,
      org.springframework.beans.factory.ObjectProvider<DetentionLimits> limits,
      TransactionScoped scoped,
      org.springframework.beans.factory.ObjectProvider<RecordDeadlines> deadlines) {
    this.deadlines = deadlines;
    this.limits = limits;
    this.scoped = scoped;
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
        store,
        views,
        access,
        facilities,
        reads,
        validator,
        ledger,
        publisher,
        other,
        limits,
        scoped,
        deadlines);
  }

  /** Opens a record with the apprehension; returns its id. */
  @Transactional
  public String open(Actor actor, Apprehended apprehended) {
    validate(apprehended);
    facility(apprehended.facilityId(), "facilityId");
    if (!access.mayOpen(actor, apprehended)) {
      throw ApiProblem.forbidden("custody.forbiddenFacility", apprehended.facilityId());
    }
    checkProfile(actor, apprehended);
    var now = clock.instant();
    var state = checked(List.of(), apprehended);
    var id = UUID.randomUUID().toString();
    var first = new StoredEvent(1, apprehended, now, actor.username(), null);
    store.create(id, apprehended.jurisdiction(), actor.username(), now);
    var ledgerRecord = ledger.forNewRecord(id);
    store.append(ledgerRecord, first);
    var history = known(id, List.of(first));
    commitToLedger(ledgerRecord, state, first);
    project(id, state, first, history);
    publisher.publishEvent(recorded(id, first));
    return id;
  }

  /**
   * The legal profile comes from the facility (its jurisdiction); only a custody supervisor may
   * open a record under another, and the record then says so ({@link #profileOverride}).
   */
  private void checkProfile(Actor actor, Apprehended apprehended) {
    var own = facilityProfile(apprehended.facilityId());
    if (own != null && own != apprehended.jurisdiction() && !actor.supervisor()) {
      throw ApiProblem.badField(
          "jurisdiction",
          "custody.profileNotFacility",
          apprehended.jurisdiction().code(),
          own.code());
    }
  }

  /** The legal profile of a facility, from its jurisdiction; null for one no profile has. */
  public @Nullable Jurisdiction facilityProfile(String facilityId) {
    return facilities
        .find(facilityId)
        .flatMap(
            f -> {
              try {
                return java.util.Optional.of(Jurisdiction.of(f.jurisdiction()));
              } catch (IllegalArgumentException e) {
                return java.util.Optional.empty();
              }
            })
        .orElse(null);
  }

  /**
   * How a record's profile was chosen over its facility's, if it was: by whom (a supervisor) and
   * the facility's own profile; null when the record follows its facility.
   *
   * @param by the user who opened the record
   * @param facilityProfile the code of the profile of the facility the record was opened at
   */
  public record ProfileOverride(String by, String facilityProfile) {}

  /** {@link ProfileOverride} of the record shown, or null. */
  public @Nullable ProfileOverride profileOverride(RecordView view) {
    var opening =
        view.state().events().stream()
            .map(TimelineEntry::stored)
            .filter(s -> s.seq() == 1 && s.event() instanceof Apprehended)
            .findFirst();
    if (opening.isEmpty()) {
      return null;
    }
    var a = (Apprehended) opening.get().event();
    var own = facilityProfile(a.facilityId());
    return own == null || own == view.state().jurisdiction()
        ? null
        : new ProfileOverride(String.valueOf(opening.get().recordedBy()), own.code());
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
    var ledgerRecord = ledger.forAppend(recordId);
    var events = existing(ledgerRecord);
    // Access is decided by the record as it stands before the event (CustodyAccess), never by what
    // the event would make of it: a record the actor cannot see stays unseen (404), whatever it
    // says.
    var before = CustodyRecord.replay(events);
    if (access.visibility(actor, before) == Visibility.NONE) {
      throw ApiProblem.notFound("custody.notFound");
    }
    if (!access.mayAppend(actor, before, event)) {
      throw refused(actor, event);
    }
    checkFacilities(event);
    int last = events.getLast().seq();
    if (expectedLastSeq != null && expectedLastSeq != last) {
      throw new ApiProblem(409, "custody.stale", List.of(), expectedLastSeq, last);
    }
    var state = checked(events, event);
    var stored = new StoredEvent(last + 1, event, clock.instant(), actor.username(), null);
    try {
      store.append(ledgerRecord, stored);
    } catch (DuplicateKeyException e) {
      throw new ApiProblem(409, "custody.conflict", List.of());
    }
    var history = new ArrayList<>(events);
    history.add(stored);
    var known = known(recordId, history);
    commitToLedger(ledgerRecord, state, stored);
    project(recordId, state, stored, known);
    publisher.publishEvent(recorded(recordId, stored));
    return stored;
  }

  /**
   * The refusal of an event the actor may not record, its type in words in the reader's language
   * (the first argument resolves to its name, the second to the actor's role): pages say "A lawyer
   * cannot record “Cell visited” on this record" ({@code custody.refused.<ROLE>}).
   */
  private static ApiProblem refused(Actor actor, CustodyEvent event) {
    var type = event instanceof Corrected c ? c.replacement().type() : event.type();
    return ApiProblem.forbidden(
        "custody.forbiddenEvent",
        new org.springframework.context.support.DefaultMessageSourceResolvable(
            new String[] {"custody.event." + type}, type),
        actor.role().name());
  }

  /**
   * The event types (API names, in the order of {@link CustodyEvent#KINDS}) the actor may record on
   * the record shown, without the opening and corrections: what the record page offers. Decided by
   * {@code CustodyAccess}, as every append is.
   */
  public java.util.List<String> recordableTypes(Actor actor, RecordView view) {
    var allowed = access.recordable(actor, view.state());
    return CustodyEvent.KINDS.stream()
        .filter(allowed::contains)
        .filter(k -> k != Apprehended.class && k != Corrected.class)
        .map(Class::getSimpleName)
        .toList();
  }

  /** Whether the actor may correct event {@code seq} of the record shown (the page's link). */
  public boolean mayCorrect(Actor actor, RecordView view, int seq) {
    return view.state().events().stream()
        .map(TimelineEntry::stored)
        .filter(s -> s.seq() == seq)
        .anyMatch(s -> access.mayCorrect(actor, view.state(), s));
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
        switch (visibility) {
          case PSEUDONYMISED, NONE -> null;
          case MEDICAL -> Redaction.medical(state.person());
          case FULL -> state.person();
        },
        pseudonym(recordId),
        shown,
        detentionClock(() -> events, state, facility.zone()),
        state.isJuvenile(facility.zone()),
        missing(recordId, events));
  }

  /**
   * The events the record should have and does not (deleted behind the application's back), so that
   * no one is shown the rest as if it were whole. Logged for the administrators: the record and the
   * seqs only, nothing personal.
   */
  private List<Integer> missing(String recordId, List<StoredEvent> events) {
    var missing =
        MissingEvents.of(
            events.stream().map(StoredEvent::seq).toList(), ledger.committedSeqs(recordId));
    if (!missing.isEmpty()) {
      log.warn(
          "Custody: record {} is missing stored events {} that the log committed to",
          recordId,
          MissingEvents.shown(missing));
    }
    return missing;
  }

  /**
   * The names to show for listed records: the person's name where the actor's duty shows it (and
   * the read is logged), else the pseudonym.
   */
  @Transactional
  public java.util.Map<String, String> shownNames(Actor actor, List<RecordSummary> listed) {
    var names = new java.util.HashMap<String, String>();
    var shown = new ArrayList<String>();
    // The page's events in one query, their keys in one more, and its reads logged in one insert.
    var histories = store.loadAll(listed.stream().map(RecordSummary::id).distinct().toList());
    for (var r : listed) {
      var events = histories.get(r.id());
      if (events == null || names.containsKey(r.id())) {
        names.putIfAbsent(r.id(), pseudonym(r.id()));
        continue;
      }
      var state = CustodyRecord.replay(events);
      var visibility = access.visibility(actor, state);
      if (visibility == Visibility.FULL || visibility == Visibility.MEDICAL) {
        shown.add(r.id());
        names.put(r.id(), state.person().name());
      } else {
        names.put(r.id(), pseudonym(r.id()));
      }
    }
    reads.logAll(actor, shown, Purpose.DUTY, null);
    return names;
  }

  /**
   * Erases a closed record lawfully, at an administrator's request with the legal basis: its key
   * and openings are destroyed, so its stored events can never be read again, and the log gets a
   * notice of the erasure; every proof stays valid. Administrators, who see no personal data, do
   * this rather than monitors, whose task is to notice records that go missing.
   */
  @Transactional
  public RecordErasure erase(Actor actor, String recordId, @Nullable String reason) {
    if (!actor.is(Role.ADMIN)) {
      throw ApiProblem.forbidden("ledger.erasureForbidden");
    }
    if (reason == null || reason.isBlank()) {
      throw ApiProblem.badField("reason", "field.NotBlank");
    }
    if (reason.strip().length() > 2000) {
      throw ApiProblem.badField("reason", "field.Size", 1, 2000);
    }
    var state = CustodyRecord.replay(existing(recordId));
    if (state.status() != RecordStatus.CLOSED) {
      throw new ApiProblem(409, "ledger.erasureOpenRecord", List.of());
    }
    try {
      var erasure =
          ledger.erase(
              new ErasureDecision(recordId, reason.strip(), actor.username(), clock.instant()));
      store.forgetView(recordId);
      store.forgetParties(recordId);
      var known = histories();
      if (known != null) {
        known.remove(recordId);
      }
      publisher.publishEvent(new CustodyRecordErased(recordId));
      return erasure;
    } catch (IllegalStateException e) {
      throw new ApiProblem(409, "ledger.erasurePending", List.of());
    }
  }

  /**
   * The board's lines: the records the actor may list, narrowed by the filter (at most {@code max}
   * of them, nearest legal limit first), each with its cell, clock, deadlines and risks, sorted by
   * what falls due first. The name is shown where the actor's duty shows it (the read logged), else
   * the pseudonym.
   */
  @Transactional
  public List<Board.Line> board(
      Actor actor, RecordFilter filter, int max, java.util.Locale locale) {
    var listed = views.page(actor, filter, 0, max);
    var histories = store.loadAll(listed.stream().map(RecordSummary::id).distinct().toList());
    var now = clock.instant();
    var shown = new ArrayList<String>();
    var lines = new ArrayList<Board.Line>();
    for (var r : listed) {
      var events = histories.get(r.id());
      if (events == null || events.isEmpty()) {
        continue;
      }
      var state = CustodyRecord.replay(events);
      var visibility = access.visibility(actor, state);
      if (visibility == Visibility.NONE) {
        continue;
      }
      boolean named = visibility == Visibility.FULL || visibility == Visibility.MEDICAL;
      if (named) {
        shown.add(r.id());
      }
      var zone =
          facilities.find(r.facilityId()).map(Facility::zone).orElse(java.time.ZoneOffset.UTC);
      // On remand the person is still held: the time counts on, the police limit no longer.
      var end = state.isHeld() || state.closedAt() == null ? now : state.closedAt();
      var held = java.time.Duration.between(state.apprehendedAt(), end);
      var limit = java.time.Duration.between(state.apprehendedAt(), r.limitAt());
      lines.add(
          new Board.Line(
              r.id(),
              named ? state.person().name() : pseudonym(r.id()),
              r.facilityId(),
              Board.cell(state),
              state.apprehendedAt(),
              r.limitAt(),
              held,
              level(state.isOpen(), held, limit),
              state.isHeld() ? coming(events, now, locale) : RecordDeadlines.Coming.NONE,
              Board.flags(state, zone),
              state.jurisdiction(),
              state.isOpen(),
              state.status() == RecordStatus.REMANDED ? CustodyPhase.REMAND : CustodyPhase.POLICE));
    }
    reads.logAll(actor, shown, Purpose.DUTY, null);
    return Board.sorted(lines);
  }

  /** The deadlines the record shown has coming (none once closed). */
  public RecordDeadlines.Coming coming(RecordView view, java.util.Locale locale) {
    if (!view.state().isHeld()) {
      return RecordDeadlines.Coming.NONE;
    }
    return coming(stored(view.id()), clock.instant(), locale);
  }

  private RecordDeadlines.Coming coming(
      List<StoredEvent> events, java.time.Instant now, java.util.Locale locale) {
    var source = deadlines.getIfAvailable();
    if (source == null) {
      return RecordDeadlines.Coming.NONE;
    }
    try {
      return source.coming(Redaction.forSystem(events, "-"), now, locale);
    } catch (RuntimeException e) {
      // A record the engine cannot judge still has its line on the board.
      return RecordDeadlines.Coming.NONE;
    }
  }

  private static DetentionClock.Level level(
      boolean open, java.time.Duration held, java.time.Duration limit) {
    if (!open) {
      return DetentionClock.Level.CLOSED;
    }
    if (held.compareTo(limit) > 0) {
      return DetentionClock.Level.RED;
    }
    return held.toMillis() * 4 >= limit.toMillis() * 3
        ? DetentionClock.Level.AMBER
        : DetentionClock.Level.GREEN;
  }

  /** A page of the records the actor may list. */
  public List<RecordSummary> list(Actor actor, RecordFilter filter, int page, int size) {
    return views.page(actor, filter, page * size, size);
  }

  public long count(Actor actor, RecordFilter filter) {
    return views.count(actor, filter);
  }

  /**
   * The system read: a record's stored events for the processes that derive from them and show them
   * to no one as they are (safeguard deadlines and alerts, statistics, monitoring samples and
   * camera coverage, training), with no access check and no read logged, because the person in them
   * is not identified: the name is the record's pseudonym, and the national identity number, the
   * grounds and the suspected offence are left out (null). What the rules need stays: birth date
   * (juvenile), citizenship (consul), language (interpreter), and every other event as it is.
   *
   * <p>Empty for an unknown or erased record. Whoever needs the person identified reads the record
   * through {@link #view} (access checked, read logged), or, to raise a complaint from an
   * allegation, through {@link #historyRaisingComplaint}.
   */
  public List<StoredEvent> history(String recordId) {
    return Redaction.forSystem(stored(recordId), pseudonym(recordId));
  }

  /**
   * A record's events with the person identified, for the one system process that must carry the
   * name on: raising a complaint when an allegation of ill-treatment or an injury is recorded (the
   * complaint then carries it under the complaints' own access and audit). Only for such an event:
   * for any other seq, or an unknown or erased record, it is empty.
   *
   * @param seq the allegation or injury the complaint is raised for
   */
  public List<StoredEvent> historyRaisingComplaint(String recordId, int seq) {
    var events = stored(recordId);
    boolean raising =
        events.stream()
            .filter(s -> s.seq() == seq)
            .map(s -> s.event() instanceof Corrected c ? c.replacement() : s.event())
            .anyMatch(e -> e instanceof AllegationMade || e instanceof InjuryRecorded);
    return raising ? events : List.of();
  }

  /** The stored events as they are, from this transaction's reads where it made one. */
  private List<StoredEvent> stored(String recordId) {
    var known = histories();
    if (known != null && known.containsKey(recordId)) {
      return known.get(recordId);
    }
    // An erased record's events cannot be read any more: it has no history left to act on.
    var ledgerRecord = ledger.read(recordId);
    if (ledgerRecord.erasure().isPresent()) {
      return List.of();
    }
    var events = store.load(recordId, ledgerRecord.reader());
    return events.isEmpty() ? events : known(recordId, events);
  }

  /**
   * Whether the actor may see the record at all (in whatever part their role allows); false for an
   * unknown or erased record. No read is logged: nothing personal is shown by the answer.
   */
  public boolean maySee(Actor actor, String recordId) {
    var events = stored(recordId);
    return !events.isEmpty()
        && access.visibility(actor, CustodyRecord.replay(events)) != Visibility.NONE;
  }

  /** The clock with the legal limit from {@link DetentionLimits} where one is given. */
  private DetentionClock detentionClock(
      java.util.function.Supplier<List<StoredEvent>> events,
      CustodyRecord state,
      java.time.ZoneId zone) {
    var now = clock.instant();
    java.time.Instant legal = null;
    var source = limits.getIfAvailable();
    if (source != null) {
      try {
        // The safeguards module judges the law from the events, not from who the person is.
        legal = source.until(Redaction.forSystem(events.get(), "-"), now).orElse(null);
      } catch (RuntimeException e) {
        // The interim limit stands rather than the record page or the append failing.
        legal = null;
      }
    }
    return DetentionClock.of(state, now, zone, legal);
  }

  private static CustodyEventRecorded recorded(String recordId, StoredEvent e) {
    return new CustodyEventRecorded(recordId, e.seq(), e.type(), e.event().occurredAt());
  }

  /**
   * A record opened for the person a report of a detention names: nothing personal, only where and
   * when it was opened.
   *
   * @param openedAt when the server stored the record's first event (the record was opened)
   */
  public record PersonMatch(
      String recordId,
      String facilityId,
      java.time.Instant apprehendedAt,
      java.time.Instant openedAt) {}

  /**
   * The records of the person with this full name and date of birth, or with this national identity
   * number (IIN): the system read for matching a report of a detention (module detentionreports),
   * found through the keyed hashes of the access index and compared on the opening event; no read
   * is logged, since nothing personal leaves this module. Erased records are left out.
   */
  public List<PersonMatch> matching(
      String name, java.time.LocalDate birthDate, @Nullable String nationalId) {
    var folded = PartyKeys.fold(name);
    var iin = nationalId == null || nationalId.isBlank() ? null : nationalId.strip();
    var found = new java.util.ArrayList<PersonMatch>();
    for (var recordId : views.recordsOfPerson(folded, iin)) {
      var events = stored(recordId);
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

  /** A stable stand-in for the person, derived from the record id (no personal data in it). */
  public static String pseudonym(String recordId) {
    return "D-" + recordId.substring(0, 8).toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * The histories this transaction has read or written, by record id: a record's events are read
   * once per transaction (an append, the listeners it notifies, a page and its panels). Within the
   * transaction they are exact for a record it appended to, since the (record, seq) key makes any
   * concurrent append wait for it and then fail; null outside a transaction.
   */
  private java.util.@Nullable Map<String, List<StoredEvent>> histories() {
    return scoped.map(CustodyRecords.class.getName() + ".histories");
  }

  /** Remembers a record's history for the rest of the transaction; returns it, unmodifiable. */
  private List<StoredEvent> known(String recordId, List<StoredEvent> events) {
    var copy = List.copyOf(events);
    var known = histories();
    if (known != null) {
      known.put(recordId, copy);
    }
    return copy;
  }

  private List<StoredEvent> existing(String recordId) {
    var known = histories();
    return known != null && known.containsKey(recordId)
        ? known.get(recordId)
        : existing(ledger.read(recordId));
  }

  private List<StoredEvent> existing(LedgerRecord ledgerRecord) {
    var recordId = ledgerRecord.recordId();
    var known = histories();
    if (known != null && known.containsKey(recordId)) {
      return known.get(recordId);
    }
    var erased = ledgerRecord.erasure();
    if (erased.isPresent()) {
      throw new ApiProblem(
          410, "ledger.recordErased", List.of(), erased.get().erasedAt(), erased.get().reason());
    }
    var events = store.load(recordId, ledgerRecord.reader());
    if (events.isEmpty()) {
      throw ApiProblem.notFound("custody.notFound");
    }
    return known(recordId, events);
  }

  private CustodyRecord checked(List<StoredEvent> events, CustodyEvent event) {
    try {
      return CustodyRecord.checkAppend(events, event, clock.instant());
    } catch (CustodyRuleViolation v) {
      // A date no record can hold is bad input; an event that contradicts this record is not.
      var status =
          CustodyRuleViolation.FUTURE_EVENT.equals(v.rule())
                  || CustodyRuleViolation.OUT_OF_BOUNDS.equals(v.rule())
              ? 400
              : 422;
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
    // Fields that one value of another field requires (an ERDR number when registered).
    var inner = event instanceof Corrected c ? c.replacement() : event;
    var prefix = event instanceof Corrected ? "replacement." : "";
    if (inner instanceof ReportRegistered r && !r.missingForOutcome().isEmpty()) {
      throw new ApiProblem(
          400,
          "problem.invalid",
          r.missingForOutcome().stream()
              .map(f -> new FieldProblem(prefix + f, "field.requiredWhen." + r.outcome().code()))
              .toList());
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
  private void commitToLedger(LedgerRecord ledgerRecord, CustodyRecord state, StoredEvent stored) {
    ledger.commit(
        ledgerRecord,
        new LedgerEvent(
            ledgerRecord.recordId(),
            stored.seq(),
            stored.type(),
            stored.event().occurredAt(),
            stored.recordedAt(),
            state.currentFacilityId(),
            java.util.Objects.requireNonNull(stored.recordedBy()),
            stored.event()));
  }

  private void project(
      String recordId, CustodyRecord state, StoredEvent stored, List<StoredEvent> history) {
    store.addParties(recordId, stored.seq(), Parties.of(stored.event()));
    var current = facility(state.currentFacilityId(), "facilityId");
    views.write(
        recordId,
        state,
        current,
        detentionClock(() -> history, state, current.zone()),
        clock.instant());
  }
}
