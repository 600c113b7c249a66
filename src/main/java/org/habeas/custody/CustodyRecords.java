package org.habeas.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.habeas.ledger.RecordErasure;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The custody records, as the rest of the application uses them: open one at apprehension, append
 * events as they happen, read a record as the viewer may see it, and the system reads of other
 * processes. Every write is checked against the record's timeline first, and either lands whole or
 * not at all. Each use case is its own class in this package; this one is where they are found:
 * {@link RecordOpening}, {@link Appending} (the write path), {@link RecordErasing}, {@link
 * RecordReads}, {@link BoardReads}, {@link SystemReads}.
 */
@Service
public class CustodyRecords {

  private final RecordOpening opening;
  private final Appending appending;
  private final RecordErasing erasing;
  private final RecordReads recordReads;
  private final BoardReads boardReads;
  private final SystemReads systemReads;

  CustodyRecords(
      RecordOpening opening,
      Appending appending,
      RecordErasing erasing,
      RecordReads recordReads,
      BoardReads boardReads,
      SystemReads systemReads) {
    this.opening = opening;
    this.appending = appending;
    this.erasing = erasing;
    this.recordReads = recordReads;
    this.boardReads = boardReads;
    this.systemReads = systemReads;
  }

  /** A stable stand-in for the person, derived from the record id (no personal data in it). */
  public static String pseudonym(String recordId) {
    return "D-" + recordId.substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /** Opens a record with the apprehension; returns its id. */
  @Transactional
  public String open(Actor actor, Apprehended apprehended) {
    return opening.open(actor, apprehended);
  }

  /**
   * Appends one event, in the order of the write path ({@link Appending}): validate, load the
   * record (once), decide access by the record as it stands, check the event against its timeline,
   * insert the event, add it to the ledger's outbox, publish it (the safeguards' due index is kept
   * in this transaction, and their judgement of the record comes back), and write custody's read
   * model.
   *
   * @param expectedLastSeq if given, the append only lands if the record's last seq is this one
   *     (the caller's view of the record is not stale)
   */
  @Transactional
  public StoredEvent append(
      Actor actor, String recordId, CustodyEvent event, @Nullable Integer expectedLastSeq) {
    return appending.append(actor, recordId, event, expectedLastSeq);
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
      BiFunction<Integer, Problem, Problem> atElement) {
    return appending.appendAll(actor, recordId, events, expectedLastSeq, atElement);
  }

  /** Erases a closed record lawfully, at an administrator's request ({@link RecordErasing}). */
  @Transactional
  public RecordErasure erase(Actor actor, String recordId, @Nullable String reason) {
    return erasing.erase(actor, recordId, reason);
  }

  /** The legal profile of a facility, from its jurisdiction; null for one no profile has. */
  public @Nullable Jurisdiction facilityProfile(String facilityId) {
    return opening.facilityProfile(facilityId);
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
    return opening.profileOverride(view);
  }

  /**
   * The record as the actor may see it. A monitor sees the person only with a stated reason; every
   * showing of the person is logged.
   */
  @Transactional
  public RecordView view(Actor actor, String recordId, @Nullable String reason) {
    return recordReads.view(actor, recordId, reason);
  }

  /**
   * The record for the person's own copy (issue 19, PACE Code C 2.4A), as {@link #view} shows it to
   * the custody officer of the holding facility or the person's lawyer, the only ones who may print
   * it ({@code CustodyAccess}); the read is logged as a duty read.
   *
   * @throws Problem not found if the actor may not see the record; forbidden if they may see it but
   *     not print the person's copy
   */
  @Transactional
  public RecordView copy(Actor actor, String recordId) {
    return recordReads.copy(actor, recordId);
  }

  /** Whether the actor may print the person's copy of the record shown (the page's button). */
  public boolean mayGiveCopy(Actor actor, RecordView view) {
    return recordReads.mayGiveCopy(actor, view);
  }

  /**
   * The event types (API names, in the order of {@link CustodyEvent#KINDS}) the actor may record on
   * the record shown, without the opening and corrections: what the record page offers. Decided by
   * {@code CustodyAccess}, as every append is.
   */
  public List<String> recordableTypes(Actor actor, RecordView view) {
    return recordReads.recordableTypes(actor, view);
  }

  /** Whether the actor may correct event {@code seq} of the record shown (the page's link). */
  public boolean mayCorrect(Actor actor, RecordView view, int seq) {
    return recordReads.mayCorrect(actor, view, seq);
  }

  /**
   * The deadlines the record shown has coming (none once closed), as safeguards last judged them
   * (kept in the read model; the engine is not run for a page).
   */
  public RecordDeadlines.Coming coming(RecordView view, Locale locale) {
    return recordReads.coming(view, locale);
  }

  /**
   * Whether the actor may see the record at all (in whatever part their role allows); false for an
   * unknown or erased record. No read is logged: nothing personal is shown by the answer.
   */
  public boolean maySee(Actor actor, String recordId) {
    return recordReads.maySee(actor, recordId);
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
  public List<Board.Line> board(Actor actor, RecordFilter filter, int max, Locale locale) {
    return boardReads.board(actor, filter, max, locale);
  }

  /**
   * The names to show for listed records: the person's name where the actor's duty shows it (and
   * the read is logged), else the pseudonym. From the read model (V34): the rows in one query, the
   * names opened with their record keys selected beside them, the reads logged in one insert.
   */
  @Transactional
  public Map<String, String> shownNames(Actor actor, List<RecordSummary> listed) {
    return boardReads.shownNames(actor, listed);
  }

  /** A page of the records the actor may list. */
  public List<RecordSummary> list(Actor actor, RecordFilter filter, int page, int size) {
    return boardReads.list(actor, filter, page, size);
  }

  public long count(Actor actor, RecordFilter filter) {
    return boardReads.count(actor, filter);
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
    return systemReads.history(recordId);
  }

  /**
   * The system read of a record the caller has already read through {@link #view} (access checked,
   * read logged): its stored events in the same system form as {@link #history(String)}, without
   * reading them again. For the record page's panels.
   */
  public List<StoredEvent> history(RecordView view) {
    return systemReads.history(view);
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
    return systemReads.historyRaisingComplaint(recordId, seq);
  }

  /**
   * A record opened for the person a report of a detention names: nothing personal, only where and
   * when it was opened.
   *
   * @param openedAt when the server stored the record's first event (the record was opened)
   */
  public record PersonMatch(
      String recordId, String facilityId, Instant apprehendedAt, Instant openedAt) {}

  /**
   * The records of the person with this full name and date of birth, or with this national identity
   * number (IIN): the system read for matching a report of a detention (module detentionreports),
   * found through the keyed hashes of the access index and compared on the opening event; no read
   * is logged, since nothing personal leaves this module. Erased records are left out.
   */
  public List<PersonMatch> matching(String name, LocalDate birthDate, @Nullable String nationalId) {
    return systemReads.matching(name, birthDate, nationalId);
  }

  /**
   * Where a person held (or lately held) under a record is, for the public lookup (module
   * detentionreports): nothing personal, no grounds, no events, only what a family is told.
   *
   * @param jurisdiction whose disclosure policy applies
   * @param facilityId where the person is, is being taken (after transfers), or was released from
   * @param held whether the person is still held under this record (in police custody or on remand)
   * @param released whether the record ended with a release (else, closed: handed over elsewhere)
   * @param inTransfer whether the person is on the way to {@code facilityId}, or was handed over to
   *     it and its arrival is not yet recorded
   * @param endedAt when the person stopped being held under this record; null while held
   * @param sameNationalId whether the national identity number asked with matches the record's:
   *     null when either is absent
   */
  public record Whereabouts(
      String recordId,
      Jurisdiction jurisdiction,
      String facilityId,
      Instant apprehendedAt,
      boolean held,
      boolean released,
      boolean inTransfer,
      @Nullable Instant endedAt,
      @Nullable Boolean sameNationalId) {}

  /**
   * The records of the person with exactly this full name (compared folded: case and spacing do not
   * matter, spelling does) and date of birth that are still open, or ended at {@code closedSince}
   * or later, most recently apprehended first: the system read for the public lookup (module
   * detentionreports), which applies the jurisdiction's disclosure policy to them. Found through
   * the keyed hashes of the access index and compared on the record's current state; no read is
   * logged here (the lookup stores every enquiry itself). Erased records are left out.
   *
   * @param nationalId compared with the record's when both are given ({@link
   *     Whereabouts#sameNationalId}); it never finds a record by itself
   */
  public List<Whereabouts> whereabouts(
      String name, LocalDate birthDate, @Nullable String nationalId, Instant closedSince) {
    return systemReads.whereabouts(name, birthDate, nationalId, closedSince);
  }
}
