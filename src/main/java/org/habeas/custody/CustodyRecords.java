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
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.JsonProblems;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.PersonalDataReads.Purpose;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Role;
import org.habeas.system.StreamAppends;
import org.jspecify.annotations.Nullable;
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
  private final RecordJudgements judgements;

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
      RecordJudgements judgements) {
    this.judgements = judgements;
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
        store, views, access, facilities, reads, validator, ledger, publisher, other, judgements);
  }

  /** Opens a record with the apprehension; returns its id. */
  @Transactional
  public String open(Actor actor, Apprehended apprehended) {
    validate(apprehended);
    facility(apprehended.facilityId(), "facilityId");
    if (!access.mayOpen(actor, apprehended)) {
      throw Problem.forbidden("custody.forbiddenFacility", apprehended.facilityId());
    }
    checkProfile(actor, apprehended);
    var now = clock.instant();
    var state = checked(List.of(), apprehended);
    var id = UUID.randomUUID().toString();
    var first = new StoredEvent(1, apprehended, now, actor.username(), null);
    store.create(id, apprehended.jurisdiction(), actor.username(), now);
    var ledgerRecord = ledger.forNewRecord(id);
    store.append(ledgerRecord, first);
    commitToLedger(ledgerRecord, state, first);
    var judged = publish(id, List.of(first));
    project(ledgerRecord, state, first, judged, true);
    return id;
  }

  /**
   * The legal profile comes from the facility (its jurisdiction); only a custody supervisor may
   * open a record under another, and the record then says so ({@link #profileOverride}).
   */
  private void checkProfile(Actor actor, Apprehended apprehended) {
    var own = facilityProfile(apprehended.facilityId());
    if (own != null && own != apprehended.jurisdiction() && !actor.supervisor()) {
      throw Problem.badField(
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
   * Appends one event, in the order of the write path: validate, load the record (once), decide
   * access by the record as it stands, check the event against its timeline, insert the event, add
   * it to the ledger's outbox, publish it (the safeguards' due index is kept in this transaction,
   * and their judgement of the record comes back), and write custody's read model.
   *
   * @param expectedLastSeq if given, the append only lands if the record's last seq is this one
   *     (the caller's view of the record is not stale)
   */
  @Transactional
  public StoredEvent append(
      Actor actor, String recordId, CustodyEvent event, @Nullable Integer expectedLastSeq) {
    validate(event);
    var ledgerRecord = ledger.forAppend(recordId);
    return appendTo(actor, ledgerRecord, existing(ledgerRecord), event, expectedLastSeq);
  }

  /**
   * Appends several events to one record in one transaction, in the order given, all or none (a
   * paper register typed in after an outage, {@link BulkAppend}): the record's key is locked and
   * its history loaded once, and each event is then decided, checked, stored, committed and
   * published exactly as {@link #append} does, on the record as the events before it left it.
   *
   * @param expectedLastSeq if given, the batch only lands if the record's last seq is this one
   *     before its first event
   * @param atElement what the refusal of element {@code i} becomes (the batch names the element)
   */
  @Transactional
  public List<StoredEvent> appendAll(
      Actor actor,
      String recordId,
      List<CustodyEvent> events,
      @Nullable Integer expectedLastSeq,
      java.util.function.BiFunction<Integer, Problem, Problem> atElement) {
    var stored = new ArrayList<StoredEvent>(events.size());
    int i = 0;
    try {
      var ledgerRecord = ledger.forAppend(recordId);
      var history = new ArrayList<>(existing(ledgerRecord));
      for (; i < events.size(); i++) {
        var event = events.get(i);
        validate(event);
        var one =
            appendTo(
                actor, ledgerRecord, List.copyOf(history), event, i == 0 ? expectedLastSeq : null);
        history.add(one);
        stored.add(one);
      }
    } catch (Problem refused) {
      throw atElement.apply(i, refused);
    }
    return List.copyOf(stored);
  }

  /** {@link #append} on a record whose key is locked and whose history is loaded. */
  private StoredEvent appendTo(
      Actor actor,
      LedgerRecord ledgerRecord,
      List<StoredEvent> events,
      CustodyEvent event,
      @Nullable Integer expectedLastSeq) {
    var recordId = ledgerRecord.recordId();
    // Access is decided by the record as it stands before the event (CustodyAccess), never by what
    // the event would make of it: a record the actor cannot see stays unseen (404), whatever it
    // says.
    var before = CustodyRecord.replay(events);
    if (access.visibility(actor, before) == Visibility.NONE) {
      throw Problem.notFound("custody.notFound");
    }
    if (!access.mayAppend(actor, before, event)) {
      throw refused(actor, event);
    }
    checkFacilities(event);
    int seq = StreamAppends.next(events.getLast().seq(), expectedLastSeq, "custody.stale");
    var state = checked(events, event);
    var stored = new StoredEvent(seq, event, clock.instant(), actor.username(), null);
    StreamAppends.land(
        "custody.conflict",
        () -> store.append(ledgerRecord, stored),
        () -> commitToLedger(ledgerRecord, state, stored));
    var history = new ArrayList<>(events);
    history.add(stored);
    var judged = publish(recordId, history);
    project(ledgerRecord, state, stored, judged, false);
    return stored;
  }

  /**
   * The refusal of an event the actor may not record, its type in words in the reader's language
   * (the first argument resolves to its name, the second to the actor's role): pages say "A lawyer
   * cannot record “Cell visited” on this record" ({@code custody.refused.<ROLE>}).
   */
  private static Problem refused(Actor actor, CustodyEvent event) {
    var type = event instanceof Corrected c ? c.replacement().type() : event.type();
    return Problem.forbidden(
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
      throw Problem.notFound("custody.notFound");
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
    // The clock's limit and the deadlines as safeguards judged them: the engine is not run here.
    var kept = views.judged(recordId);
    var limit = kept.map(CustodyRecordViews.Judged::limitAt).orElse(null);
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
        DetentionClock.of(state, clock.instant(), facility.zone(), limit),
        state.isJuvenile(facility.zone()),
        missing(recordId, events),
        kept.map(CustodyRecordViews.Judged::judged).orElse(null));
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
   * the read is logged), else the pseudonym. From the read model (V34): the rows in one query, the
   * names opened with their record keys selected beside them, the reads logged in one insert.
   */
  @Transactional
  public java.util.Map<String, String> shownNames(Actor actor, List<RecordSummary> listed) {
    var names = new java.util.HashMap<String, String>();
    var shown = new ArrayList<String>();
    var rows = views.boardRows(listed.stream().map(RecordSummary::id).distinct().toList());
    var facts = boardFacts(rows.values());
    for (var r : listed) {
      var f = facts.get(r.id());
      if (f == null || names.containsKey(r.id())) {
        names.putIfAbsent(r.id(), pseudonym(r.id()));
        continue;
      }
      var visibility = access.visibility(actor, f);
      if (visibility == Visibility.FULL || visibility == Visibility.MEDICAL) {
        shown.add(r.id());
        names.put(r.id(), f.name());
      } else {
        names.put(r.id(), pseudonym(r.id()));
      }
    }
    reads.logAll(actor, shown, Purpose.DUTY, null);
    return names;
  }

  /**
   * The board's facts of the rows (BoardFacts): as stored; for a row written before V34 (no facts
   * yet), from the record replayed, those rows' histories in one query. A row whose name no longer
   * opens (erased meanwhile) has none.
   */
  private java.util.Map<String, BoardFacts> boardFacts(
      java.util.Collection<CustodyRecordViews.Listed> rows) {
    var facts = new java.util.HashMap<String, BoardFacts>();
    var unprojected = new ArrayList<String>();
    for (var row : rows) {
      if (row.facts() != null) {
        facts.put(row.summary().id(), row.facts());
      } else if (!row.unreadable()) {
        unprojected.add(row.summary().id());
      }
    }
    if (unprojected.isEmpty()) {
      return facts;
    }
    var histories = store.loadAll(unprojected);
    for (var row : rows) {
      var events = histories.get(row.summary().id());
      if (row.facts() == null && events != null && !events.isEmpty()) {
        var zone =
            facilities
                .find(row.summary().facilityId())
                .map(Facility::zone)
                .orElse(java.time.ZoneOffset.UTC);
        facts.put(row.summary().id(), views.facts(CustodyRecord.replay(events), zone));
      }
    }
    return facts;
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
      throw Problem.forbidden("ledger.erasureForbidden");
    }
    if (reason == null || reason.isBlank()) {
      throw Problem.badField("reason", "field.NotBlank");
    }
    if (reason.strip().length() > 2000) {
      throw Problem.badField("reason", "field.Size", 1, 2000);
    }
    var state = CustodyRecord.replay(existing(recordId));
    if (state.status() != RecordStatus.CLOSED) {
      throw new Problem(Problem.Kind.CONFLICT, "ledger.erasureOpenRecord", List.of());
    }
    try {
      var erasure =
          ledger.erase(
              new ErasureDecision(recordId, reason.strip(), actor.username(), clock.instant()));
      store.forgetView(recordId);
      store.forgetParties(recordId);
      publisher.publishEvent(new CustodyRecordErased(recordId));
      return erasure;
    } catch (IllegalStateException e) {
      throw new Problem(Problem.Kind.CONFLICT, "ledger.erasurePending", List.of());
    }
  }

  /**
   * The board's lines: the records the actor may list, narrowed by the filter (at most {@code max}
   * of them, nearest legal limit first), each with its cell, clock, deadlines and risks, sorted by
   * what falls due first. The name is shown where the actor's duty shows it (the read logged), else
   * the pseudonym.
   *
   * <p>From the read model alone (V34): one query for the page, with what each line shows and the
   * facts its visibility is decided by (CustodyAccess), the deadlines as safeguards last judged
   * them (JudgedColumn), and one insert logging the names shown. No history is loaded, no record
   * replayed, no engine run (but for a row written before V34, replayed until its next event).
   */
  @Transactional
  public List<Board.Line> board(
      Actor actor, RecordFilter filter, int max, java.util.Locale locale) {
    var listed = views.boardPage(actor, filter, 0, max);
    var facts = boardFacts(listed);
    var now = clock.instant();
    var shown = new ArrayList<String>();
    var lines = new ArrayList<Board.Line>();
    for (var row : listed) {
      var id = row.summary().id();
      var f = facts.get(id);
      if (f == null) {
        continue;
      }
      var visibility = access.visibility(actor, f);
      if (visibility == Visibility.NONE) {
        continue;
      }
      boolean named = visibility == Visibility.FULL || visibility == Visibility.MEDICAL;
      if (named) {
        shown.add(id);
      }
      lines.add(BoardLines.line(row, f, named ? f.name() : pseudonym(id), now, locale));
    }
    reads.logAll(actor, shown, Purpose.DUTY, null);
    return Board.sorted(lines);
  }

  /**
   * The deadlines the record shown has coming (none once closed), as safeguards last judged them
   * (kept in the read model; the engine is not run for a page).
   */
  public RecordDeadlines.Coming coming(RecordView view, java.util.Locale locale) {
    if (!view.state().isHeld()) {
      return RecordDeadlines.Coming.NONE;
    }
    return RecordDeadlines.Coming.of(view.judged(), locale);
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
   * The system read of a record the caller has already read through {@link #view} (access checked,
   * read logged): its stored events in the same system form as {@link #history(String)}, without
   * reading them again. For the record page's panels.
   */
  public List<StoredEvent> history(RecordView view) {
    var events =
        view.state().events().stream()
            .map(TimelineEntry::stored)
            .sorted(java.util.Comparator.comparingInt(StoredEvent::seq))
            .toList();
    return Redaction.forSystem(events, pseudonym(view.id()));
  }

  /**
   * A record's events with the person identified, for the one system process that must carry the
   * name on: raising a complaint when an allegation of ill-treatment or an injury is recorded (the
   * complaint then carries it under the complaints' own access and audit). Only for such an event:
   * for any other seq, or an unknown or erased record, it is empty.
   *
   * <p>The record as it stood when the event was stored (its events up to {@code seq}), not as it
   * stands when the complaint is raised: the complaint is raised after the commit, by then the
   * person may have been released or moved, and whether they were still held (the complaint's
   * urgency and first deadline) and where is decided by the moment of the allegation.
   *
   * @param seq the allegation or injury the complaint is raised for
   */
  public List<StoredEvent> historyRaisingComplaint(String recordId, int seq) {
    var events = stored(recordId).stream().filter(s -> s.seq() <= seq).toList();
    boolean raising =
        events.stream()
            .filter(s -> s.seq() == seq)
            .map(s -> s.event() instanceof Corrected c ? c.replacement() : s.event())
            .anyMatch(e -> e instanceof AllegationMade || e instanceof InjuryRecorded);
    return raising ? events : List.of();
  }

  /** The stored events as they are; empty for an unknown or erased record. */
  private List<StoredEvent> stored(String recordId) {
    // An erased record's events cannot be read any more: it has no history left to act on.
    var ledgerRecord = ledger.read(recordId);
    if (ledgerRecord.erasure().isPresent()) {
      return List.of();
    }
    return store.load(recordId, ledgerRecord.reader());
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

  /**
   * Publishes the stored event with what its listeners need (the event, the record after it and its
   * history, all in the system's form), so none reads the record back; returns what safeguards
   * judged of the record meanwhile (their due index is kept in this transaction), or null.
   *
   * @param history every stored event of the record, the new one last
   */
  private @Nullable RecordJudged publish(String recordId, List<StoredEvent> history) {
    var system = Redaction.forSystem(history, pseudonym(recordId));
    var stored = system.getLast();
    var recorded =
        new CustodyEventRecorded(
            recordId,
            stored.seq(),
            stored.type(),
            stored.event().occurredAt(),
            stored,
            CustodyRecord.replay(system),
            system);
    return judgements.publishing(recordId, () -> publisher.publishEvent(recorded));
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

  /** The stored events of a record the caller names: 410 if erased, 404 if unknown. */
  private List<StoredEvent> existing(String recordId) {
    return existing(ledger.read(recordId));
  }

  private List<StoredEvent> existing(LedgerRecord ledgerRecord) {
    var recordId = ledgerRecord.recordId();
    var erased = ledgerRecord.erasure();
    if (erased.isPresent()) {
      throw new Problem(
          Problem.Kind.GONE,
          "ledger.recordErased",
          List.of(),
          erased.get().erasedAt(),
          erased.get().reason());
    }
    var events = store.load(recordId, ledgerRecord.reader());
    if (events.isEmpty()) {
      throw Problem.notFound("custody.notFound");
    }
    return events;
  }

  private CustodyRecord checked(List<StoredEvent> events, CustodyEvent event) {
    try {
      return CustodyRecord.checkAppend(events, event, clock.instant());
    } catch (CustodyRuleViolation v) {
      // A date no record can hold is bad input; an event that contradicts this record is not.
      var kind =
          CustodyRuleViolation.FUTURE_EVENT.equals(v.rule())
                  || CustodyRuleViolation.OUT_OF_BOUNDS.equals(v.rule())
              ? Problem.Kind.INVALID
              : Problem.Kind.UNPROCESSABLE;
      return throwing(
          new Problem(
                  kind, "problem.rule", List.of(new FieldProblem(v.field(), v.code(), v.args())))
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
      throw new Problem(
          Problem.Kind.INVALID,
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
        .orElseThrow(() -> Problem.badField(field, "custody.unknownFacility", id));
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

  /**
   * Custody's own projections of the stored event: the parties it names (the access index) and the
   * record's row in the read model, written once, with the judgement safeguards published.
   *
   * @param opening whether the event opened the record (its row is inserted, else updated)
   */
  private void project(
      LedgerRecord ledgerRecord,
      CustodyRecord state,
      StoredEvent stored,
      @Nullable RecordJudged judged,
      boolean opening) {
    var recordId = ledgerRecord.recordId();
    store.addParties(recordId, stored.seq(), Parties.of(stored.event()));
    var current = facility(state.currentFacilityId(), "facilityId");
    var now = clock.instant();
    var legal = judged == null ? null : judged.legalLimit();
    views.write(
        ledgerRecord,
        state,
        current,
        DetentionClock.of(state, now, current.zone(), legal),
        judged,
        now,
        opening);
  }
}
