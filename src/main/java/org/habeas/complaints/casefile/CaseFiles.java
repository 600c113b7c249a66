package org.habeas.complaints.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.habeas.complaints.ComplaintFiles;
import org.habeas.complaints.ComplaintRef;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.PersonalDataReads.Purpose;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case files of complaints: reading them as the caller may, and recording, correcting and
 * withdrawing their items. Each write lands on the complaint's timeline and in the ledger in the
 * same transaction, with ids and kinds only (the timeline is seen by more people than medical
 * findings are).
 */
@Service
public class CaseFiles {

  static final String PERSONS_READ = "complaint case file: victims and perpetrators";
  static final String ISTANBUL_READ = "complaint Istanbul Protocol documentation";

  private final ComplaintFiles complaints;
  private final CaseFileStore store;
  private final PersonalDataReads reads;
  private final Facilities facilities;
  private final Users users;
  private final Clock clock;

  CaseFiles(
      ComplaintFiles complaints,
      CaseFileStore store,
      PersonalDataReads reads,
      Facilities facilities,
      Users users,
      Clock clock) {
    this.complaints = complaints;
    this.store = store;
    this.reads = reads;
    this.facilities = facilities;
    this.users = users;
    this.clock = clock;
  }

  /** The who-did-what-to-whom part, for anyone who may see the complaint. */
  @Transactional
  public CaseFileView caseFile(Actor me, UUID complaintId) {
    var ref = complaints.visibleTo(me, complaintId).orElseThrow(CaseFiles::notFound);
    var file = CaseFile.fold(store.load(complaintId, Kind.caseFile()));
    var examinations = CaseFile.fold(store.load(complaintId, List.of(Kind.EXAMINATION)));
    if (!file.current(Kind.VICTIM).isEmpty() || !file.current(Kind.PERPETRATOR).isEmpty()) {
      reads.log(me, complaintId.toString(), Purpose.DUTY, PERSONS_READ);
    }
    return new CaseFileView(
        ref,
        file,
        complaints.mayHandle(me, complaintId),
        mayReadIstanbul(me, complaintId, examinations));
  }

  /**
   * The Istanbul Protocol documentation: the examiner and the handlers only (an administrator sees
   * no detainee data, and these are a detainee's medical findings).
   */
  @Transactional
  public IstanbulView istanbul(Actor me, UUID complaintId) {
    var ref = complaints.visibleTo(me, complaintId);
    var file = CaseFile.fold(store.load(complaintId, List.of(Kind.values())));
    boolean examiner = me.is(Role.DOCTOR) && file.isExaminer(me.username());
    if (ref.isEmpty() && !examiner) {
      throw notFound();
    }
    if (!mayReadIstanbul(me, complaintId, file)) {
      throw forbidden();
    }
    reads.log(me, complaintId.toString(), Purpose.DUTY, ISTANBUL_READ);
    boolean handler = complaints.mayHandle(me, complaintId);
    return new IstanbulView(complaintId, ref.orElse(null), file, handler, examiner);
  }

  /** Records a new item; returns its first revision. */
  @Transactional
  public Entry record(Actor me, UUID complaintId, Kind kind, Map<String, String> input) {
    return write(me, complaintId, kind, null, input, null, false);
  }

  /** Corrects an item with a new revision that says why. */
  @Transactional
  public Entry correct(
      Actor me,
      UUID complaintId,
      Kind kind,
      UUID itemId,
      Map<String, String> input,
      @Nullable String reason) {
    return write(me, complaintId, kind, itemId, input, reason, false);
  }

  /** Withdraws an item (it stays in the history) with a reason. */
  @Transactional
  public Entry withdraw(
      Actor me, UUID complaintId, Kind kind, UUID itemId, @Nullable String reason) {
    return write(me, complaintId, kind, itemId, Map.of(), reason, true);
  }

  private Entry write(
      Actor me,
      UUID complaintId,
      Kind kind,
      @Nullable UUID itemId,
      Map<String, String> input,
      @Nullable String reason,
      boolean withdraw) {
    var ref = complaints.visibleTo(me, complaintId);
    var file = CaseFile.fold(store.load(complaintId, List.of(Kind.values())));
    boolean handler = ref.isPresent() && complaints.mayHandle(me, complaintId);
    boolean examiner = me.is(Role.DOCTOR) && file.isExaminer(me.username());
    if (ref.isEmpty() && !examiner) {
      throw notFound();
    }
    if (!Access.mayWriteSome(kind, handler, examiner)) {
      throw forbidden();
    }
    Entry existing = null;
    if (itemId != null) {
      existing =
          file.find(kind, itemId).orElseThrow(() -> Problem.notFound("casefile.itemNotFound"));
      if (!Access.mayWrite(existing, file, me, handler)) {
        throw forbidden();
      }
    }
    var checkedReason = itemId == null ? null : Validation.reason(reason);
    Map<String, Object> values;
    if (withdraw) {
      values = Objects.requireNonNull(existing).values();
      if (Access.referenced(file, itemId)) {
        throw new Problem(Problem.Kind.CONFLICT, "casefile.stillReferenced", List.of());
      }
    } else {
      var ctx =
          new Validation.Context(
              file,
              code -> facilities.find(code).isPresent(),
              name -> users.find(name).filter(u -> u.is(Role.DOCTOR)).isPresent(),
              // the latest calendar date anywhere: a date of "today" in any zone is accepted
              LocalDate.now(clock.withZone(ZoneOffset.ofHours(14))),
              itemId);
      values = Validation.check(kind, input, ctx);
    }
    var entry =
        new Entry(
            kind,
            itemId == null ? UUID.randomUUID() : itemId,
            existing == null ? 1 : existing.revision() + 1,
            withdraw,
            checkedReason,
            me.username(),
            // Microseconds, as the database keeps them: the committed digest covers this time.
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            values);
    if (!Access.mayWrite(entry, file, me, handler)) {
      throw forbidden();
    }
    try {
      store.insert(complaintId, entry);
    } catch (DuplicateKeyException e) {
      throw new Problem(Problem.Kind.CONFLICT, "casefile.conflict", List.of());
    }
    var details = new LinkedHashMap<String, Object>(timelineDetails(entry));
    details.put("contentDigest", complaints.digest(complaintId, contents(entry)));
    complaints.record(complaintId, me, entry.timelineType(), details);
    return entry;
  }

  /** What the timeline and the ledger get: ids and kinds only, never content. */
  static Map<String, Object> timelineDetails(Entry e) {
    return Map.of("kind", e.kind().path(), "item", e.itemId().toString(), "revision", e.revision());
  }

  /**
   * The stored revision as text, for the ledger to commit to through a keyed digest that readers of
   * the timeline cannot reverse: its columns but its row id, complaint and author, as sorted {@code
   * column=value} lines, absent values left out (the ledger's verifier reads the row back the same
   * way).
   */
  static String contents(Entry e) {
    var columns = new TreeMap<String, String>();
    columns.put("item_id", e.itemId().toString());
    columns.put("revision", Integer.toString(e.revision()));
    columns.put("withdrawn", Boolean.toString(e.withdrawn()));
    if (e.reason() != null) {
      columns.put("reason", e.reason());
    }
    columns.put("recorded_at", e.recordedAt().toString());
    for (var field : e.kind().fields()) {
      var value = e.get(field.name());
      if (value != null) {
        columns.put(field.column(), value.toString());
      }
    }
    return columns.entrySet().stream()
        .map(c -> c.getKey() + "=" + c.getValue())
        .collect(Collectors.joining("\n"));
  }

  private boolean mayReadIstanbul(Actor me, UUID complaintId, CaseFile all) {
    return complaints.mayHandle(me, complaintId)
        || (me.is(Role.DOCTOR) && all.isExaminer(me.username()));
  }

  static Problem notFound() {
    return Problem.notFound("casefile.notFound");
  }

  static Problem forbidden() {
    return Problem.forbidden("casefile.forbidden");
  }

  /** The case file as one reader sees it. */
  public record CaseFileView(
      ComplaintRef complaint, CaseFile file, boolean canEdit, boolean canReadIstanbul) {}

  /** The Istanbul Protocol documentation as one permitted reader sees it. */
  public record IstanbulView(
      UUID complaintId,
      @Nullable ComplaintRef complaint,
      CaseFile file,
      boolean handler,
      boolean examiner) {}
}
