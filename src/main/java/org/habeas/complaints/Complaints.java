package org.habeas.complaints;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.habeas.complaints.Uploads.Accepted;
import org.habeas.complaints.Uploads.Upload;
import org.habeas.ledger.LedgerEvent;
import org.habeas.ledger.MerkleLog;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.JsonProblems;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.PersonalDataReads.Purpose;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaints: lodge one (public, staff, or raised by a custody event), follow its public status
 * by reference and secret, read it as the reader may, triage, assign and move it through its
 * statuses. Every entry lands with its ledger commitment in one transaction, or nothing does.
 */
@Service
public class Complaints {

  private static final Logger log = LoggerFactory.getLogger(Complaints.class);
  private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What the complainant is given once: the reference and the secret to follow the status. */
  public record Lodged(UUID id, String reference, String secret) {}

  /** The public status: nothing personal, only where it stands and when. */
  public record PublicStatus(
      String reference, ComplaintStatus status, Instant lodgedAt, Instant statusSince) {}

  private final ComplaintStore store;
  private final ComplaintAccess access;
  private final ComplaintSearch search;
  private final ComplaintSettings settings;
  private final IntakeLimits limits;
  private final Facilities facilities;
  private final PersonalDataReads reads;
  private final MerkleLog ledger;
  private final Validator validator;
  private final Clock clock;
  private final ComplaintDeadlines deadlines;

  Complaints(
      ComplaintStore store,
      ComplaintAccess access,
      ComplaintSearch search,
      ComplaintSettings settings,
      IntakeLimits limits,
      Facilities facilities,
      PersonalDataReads reads,
      MerkleLog ledger,
      Validator validator,
      Clock clock,
      ComplaintDeadlines deadlines) {
    this.deadlines = deadlines;
    this.store = store;
    this.access = access;
    this.search = search;
    this.settings = settings;
    this.limits = limits;
    this.facilities = facilities;
    this.reads = reads;
    this.ledger = ledger;
    this.validator = validator;
    this.clock = clock;
  }

  /** The same complaints seen from another clock (demo data). Not transactional by itself. */
  public Complaints at(Clock other) {
    return new Complaints(
        store,
        access,
        search,
        settings,
        limits,
        facilities,
        reads,
        ledger,
        validator,
        other,
        deadlines);
  }

  public ComplaintSettings settings() {
    return settings;
  }

  /**
   * A complaint from the public door: rate-limited per address and per network block; a filled
   * honeypot is refused with a generic message (logged without any of the data); the intake and
   * every attachment are checked before anything is stored.
   */
  @Transactional
  public Lodged lodgePublic(
      Intake intake, List<Upload> uploads, String clientAddress, String language) {
    return lodgePublic(intake, List.of(), uploads, clientAddress, language);
  }

  /**
   * A complaint from the public form, some of whose fields could not even be read ({@code unread},
   * the intake holding stand-ins for them): every problem of the form, those and the others, is
   * reported at once, so that the complainant corrects them all in one go.
   */
  @Transactional
  public Lodged lodgePublic(
      Intake intake,
      List<FieldProblem> unread,
      List<Upload> uploads,
      String clientAddress,
      String language) {
    limits.acquire(clientAddress);
    if (intake.website() != null && !intake.website().isBlank()) {
      log.info("Complaints: public intake refused (hidden field filled: likely a robot)");
      throw new Problem(Problem.Kind.INVALID, "complaints.refused", List.of());
    }
    var accepted = checked(intake, unread, uploads);
    return lodge(intake, accepted, Source.PUBLIC, "public", language, null, null, null);
  }

  /** A complaint taken in by a signed-in monitor or lawyer; {@code oral} when made in a visit. */
  @Transactional
  public Lodged lodgeStaff(Actor actor, Intake intake, List<Upload> uploads, boolean oral) {
    if (!ComplaintAccess.mayTakeIn(actor)) {
      throw Problem.forbidden("complaints.forbidden");
    }
    var accepted = checked(intake, List.of(), uploads);
    return lodge(
        intake,
        accepted,
        oral ? Source.ORAL : Source.STAFF,
        actor.username(),
        actor.language(),
        null,
        null,
        null);
  }

  /**
   * A complaint raised by a custody event (an allegation, an injury), once per event: a second call
   * for the same event returns the first complaint's id.
   */
  @Transactional
  public UUID raiseFromCustody(
      String recordId,
      int seq,
      String recordedBy,
      Instant occurredAt,
      Intake intake,
      Category category) {
    var existing = store.byCustodyEvent(recordId, seq);
    if (existing.isPresent()) {
      return existing.get();
    }
    validate(intake);
    return lodge(
            intake,
            List.of(),
            Source.CUSTODY,
            recordedBy,
            "en",
            new CustodyLink(recordId, seq),
            category,
            occurredAt)
        .id();
  }

  /**
   * A complaint of unlawful detention raised by a report of a detention that no custody record
   * acknowledged within its profile's limit (module detentionreports): urgent when the person is
   * held. Raised once per report: the caller keeps that in its own stream, in this transaction.
   *
   * @param by the process raising it, as the complaint's history names it
   */
  @Transactional
  public UUID raiseUnacknowledgedDetention(String by, Instant occurredAt, Intake intake) {
    validate(intake);
    return lodge(
            intake,
            List.of(),
            Source.DETENTION_REPORT,
            by,
            "en",
            null,
            Category.UNLAWFUL_DETENTION,
            occurredAt)
        .id();
  }

  private record CustodyLink(String recordId, int seq) {}

  /**
   * The attachments as they will be kept, or a 400 naming every problem at once: the fields that
   * could not be read, the intake's own and the attachments'.
   */
  private List<Accepted> checked(Intake intake, List<FieldProblem> unread, List<Upload> uploads) {
    var problems = new ArrayList<>(unread);
    var named = unread.stream().map(FieldProblem::field).collect(Collectors.toSet());
    problems(intake).stream().filter(p -> !named.contains(p.field())).forEach(problems::add);
    List<Accepted> accepted = List.of();
    try {
      accepted =
          Uploads.check(uploads, settings.attachmentMaxBytes(), settings.attachmentMaxCount());
    } catch (Problem p) {
      problems.addAll(p.fields());
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    return accepted;
  }

  private void validate(Intake intake) {
    var problems = problems(intake);
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
  }

  /**
   * Every problem of the intake: Bean Validation's, refused text, a missing contact, a facility.
   */
  private List<FieldProblem> problems(Intake intake) {
    var problems = new ArrayList<>(JsonProblems.from(validator.validate(intake)).fields());
    // Every door checks text on the way in; this is the complaint's own guarantee (PlainText).
    var texts = new LinkedHashMap<String, @Nullable String>();
    texts.put("complainantName", intake.complainantName());
    texts.put("victimName", intake.victimName());
    texts.put("contact", intake.contact());
    texts.put("narrative", intake.narrative());
    texts.put("place", intake.place());
    texts.put("facilityId", intake.facilityId());
    texts.put("against", intake.against());
    texts.put("injuries", intake.injuries());
    texts.forEach(
        (field, text) -> {
          if (PlainText.refused(text)) {
            problems.add(new FieldProblem(field, PlainText.CODE));
          }
        });
    // A JSON body may leave out what the record's types call required: Bean Validation named it.
    var preference = (@Nullable ContactPreference) intake.contactPreference();
    if (preference != null
        && preference.needsContact()
        && Intake.blankToNull(intake.contact()) == null) {
      problems.add(new FieldProblem("contact", "field.NotBlank"));
    }
    var facility = Intake.blankToNull(intake.facilityId());
    if (facility != null && facilities.find(facility).isEmpty()) {
      problems.add(new FieldProblem("facilityId", "complaints.unknownFacility"));
    }
    return problems;
  }

  private Lodged lodge(
      Intake in,
      List<Accepted> files,
      Source source,
      String by,
      String language,
      @Nullable CustodyLink link,
      @Nullable Category category,
      @Nullable Instant occurredAt) {
    var now = now();
    var id = UUID.randomUUID();
    var reference = reference();
    var secret = secret();
    boolean anonymous = in.complainantRole() == ComplainantRole.ANONYMOUS;
    var c =
        new StoredComplaint(
            id,
            reference,
            source,
            in.complainantRole(),
            anonymous ? null : Intake.blankToNull(in.complainantName()),
            in.victim(),
            in.contactPreference(),
            Intake.blankToNull(in.contact()),
            in.narrative().strip(),
            Intake.blankToNull(in.place()),
            Intake.blankToNull(in.facilityId()),
            in.incidentDate(),
            Intake.blankToNull(in.against()),
            Intake.blankToNull(in.injuries()),
            in.stillHeld(),
            link == null ? null : link.recordId(),
            link == null ? null : link.seq(),
            occurredAt == null ? now : occurredAt.truncatedTo(ChronoUnit.MILLIS),
            by,
            Users.language(language));
    store.insert(c, hash(secret));
    var details = new LinkedHashMap<String, @Nullable Object>();
    details.put("reference", reference);
    details.put("source", source.name());
    details.put("complainantRole", c.complainantRole().name());
    details.put("contactPreference", c.contactPreference().name());
    details.put("facilityId", c.facilityId());
    details.put("incidentDate", c.incidentDate() == null ? null : c.incidentDate().toString());
    details.put("stillHeld", c.stillHeld());
    details.put("category", category == null ? null : category.name());
    details.put("custodyRecordId", c.custodyRecordId());
    details.put("custodySeq", c.custodySeq());
    details.put("language", c.language());
    // The intake's words and names stay in the complaint row; the log commits to their digest.
    details.put("intakeSha256", intakeDigest(c));
    var entries = new ArrayList<ComplaintEntry>();
    entries.add(append(c, 1, ComplaintEntry.LODGED, c.lodgedAt(), by, details));
    int seq = 1;
    for (var f : files) {
      seq++;
      entries.add(attach(c, seq, f, by));
    }
    project(c, entries);
    return new Lodged(id, reference, secret);
  }

  private ComplaintEntry attach(StoredComplaint c, int seq, Accepted f, String by) {
    var now = now();
    var a =
        new Attachment(
            UUID.randomUUID(),
            seq,
            f.filename(),
            f.mediaType(),
            f.bytes().length,
            sha256(f.bytes()),
            now,
            by);
    store.attach(c.id(), a, f.bytes());
    var details = new LinkedHashMap<String, @Nullable Object>();
    details.put("attachment", a.id().toString());
    details.put("filename", a.filename());
    details.put("mediaType", a.mediaType());
    details.put("size", a.sizeBytes());
    details.put("sha256", a.sha256());
    return append(c, seq, ComplaintEntry.DOCUMENT_ADDED, now, by, details);
  }

  /** Adds documents to a complaint (its handler, or who may see it fully). */
  @Transactional
  public void addDocuments(Actor actor, UUID id, List<Upload> uploads) {
    var c = complaint(id);
    var entries = store.entries(id);
    var s = ComplaintState.fold(entries);
    if (access.visibility(actor, c, s) != ComplaintAccess.Visibility.FULL
        && !access.mayHandle(actor, s)) {
      throw Problem.notFound("complaints.notFound");
    }
    var files =
        Uploads.check(uploads, settings.attachmentMaxBytes(), settings.attachmentMaxCount());
    var all = new ArrayList<>(entries);
    int seq = s.lastSeq();
    for (var f : files) {
      all.add(attach(c, ++seq, f, actor.username()));
    }
    project(c, all);
  }

  /** The public status, if the reference exists and the secret is its own; else empty. */
  public Optional<PublicStatus> status(String reference, String secret, String clientAddress) {
    limits.acquire(IntakeLimits.Door.STATUS, clientAddress);
    var found = store.byReference(reference.strip().toUpperCase(Locale.ROOT));
    // Hash even when there is no such reference, so both answers take the same time.
    byte[] given = hexBytes(hash(secret));
    byte[] stored = hexBytes(found.map(Map.Entry::getValue).orElse(hash("-")));
    boolean match = MessageDigest.isEqual(given, stored);
    if (found.isEmpty() || !match) {
      return Optional.empty();
    }
    var c = found.get().getKey();
    var s = ComplaintState.fold(store.entries(c.id()));
    return Optional.of(new PublicStatus(c.reference(), s.status(), c.lodgedAt(), s.statusSince()));
  }

  /**
   * The complaint as the reader may see it; a monitor sees names with a stated reason. Every
   * showing of personal data is logged.
   */
  @Transactional
  public ComplaintView view(Actor actor, UUID id, @Nullable String reason) {
    var c = complaint(id);
    var entries = store.entries(id);
    var s = ComplaintState.fold(entries);
    var visibility = access.visibility(actor, c, s);
    if (visibility == ComplaintAccess.Visibility.NONE) {
      throw Problem.notFound("complaints.notFound");
    }
    PlainText.checked("reason", reason);
    boolean reasoned = reason != null && !reason.isBlank();
    if (visibility == ComplaintAccess.Visibility.PSEUDONYMISED && reasoned) {
      visibility = ComplaintAccess.Visibility.FULL;
      reads.log(actor, id.toString(), Purpose.STATED_REASON, reason.strip());
    } else if (visibility == ComplaintAccess.Visibility.FULL) {
      reads.log(actor, id.toString(), Purpose.DUTY, null);
    }
    boolean pseudo = visibility == ComplaintAccess.Visibility.PSEUDONYMISED;
    var rules = deadlines.of(c);
    var due = rules.dueAt(s, c.stillHeld());
    var next =
        Arrays.stream(ComplaintStatus.values())
            .filter(s.status()::mayMoveTo)
            .filter(n -> access.mayMove(actor, c, s, n))
            .toList();
    return new ComplaintView(
        pseudo ? c.pseudonymised(pseudonym(id)) : c,
        s,
        entries,
        pseudo,
        pseudonym(id),
        due,
        rules.level(due, clock.instant()),
        store.attachments(id),
        duplicates(actor, c),
        access.mayHandle(actor, s),
        next,
        c.facilityId() == null ? null : access.region(c));
  }

  /** A document's bytes, if the reader may see the complaint in full. */
  @Transactional
  public Optional<Map.Entry<Attachment, byte[]>> document(Actor actor, UUID id, UUID attachment) {
    var c = complaint(id);
    var s = ComplaintState.fold(store.entries(id));
    if (access.visibility(actor, c, s) == ComplaintAccess.Visibility.NONE) {
      throw Problem.notFound("complaints.notFound");
    }
    var a = store.attachments(id).stream().filter(x -> x.id().equals(attachment)).findFirst();
    if (a.isEmpty()) {
      return Optional.empty();
    }
    reads.log(actor, id.toString(), Purpose.DUTY, "document " + attachment);
    return store.content(id, attachment).map(bytes -> Map.entry(a.get(), bytes));
  }

  /** Triage: the category and urgency; a received complaint becomes registered. */
  @Transactional
  public void triage(
      Actor actor, UUID id, Category category, boolean urgent, @Nullable String note) {
    var details = new LinkedHashMap<String, @Nullable Object>();
    details.put("category", category.name());
    details.put("urgent", urgent);
    details.put("note", Intake.blankToNull(PlainText.checked("note", note)));
    handled(actor, id, ComplaintEntry.TRIAGED, details, null);
  }

  /** Assigns the complaint to a case handler (a username). */
  @Transactional
  public void assign(Actor actor, UUID id, String assignee) {
    if (assignee.isBlank() || assignee.length() > 100) {
      throw Problem.badField("assignee", "field.NotBlank");
    }
    PlainText.checked("assignee", assignee);
    var details = new LinkedHashMap<String, @Nullable Object>();
    details.put("assignee", assignee.strip());
    handled(actor, id, ComplaintEntry.ASSIGNED, details, null);
  }

  /** Moves the complaint to another status; closing needs an outcome. */
  @Transactional
  public void changeStatus(
      Actor actor,
      UUID id,
      ComplaintStatus next,
      @Nullable Outcome outcome,
      @Nullable String note) {
    if (next == ComplaintStatus.CLOSED && outcome == null) {
      throw Problem.badField("outcome", "field.NotNull");
    }
    var details = new LinkedHashMap<String, @Nullable Object>();
    details.put("status", next.name());
    details.put(
        "outcome", next == ComplaintStatus.CLOSED && outcome != null ? outcome.name() : null);
    details.put("note", Intake.blankToNull(PlainText.checked("note", note)));
    handled(actor, id, ComplaintEntry.STATUS_CHANGED, details, next);
  }

  private void handled(
      Actor actor,
      UUID id,
      String type,
      Map<String, @Nullable Object> details,
      @Nullable ComplaintStatus next) {
    var c = complaint(id);
    var entries = store.entries(id);
    var s = ComplaintState.fold(entries);
    if (access.visibility(actor, c, s) == ComplaintAccess.Visibility.NONE) {
      throw Problem.notFound("complaints.notFound");
    }
    boolean allowed = next == null ? access.mayHandle(actor, s) : access.mayMove(actor, c, s, next);
    if (!allowed) {
      throw Problem.forbidden("complaints.forbidden");
    }
    if (next != null && !s.status().mayMoveTo(next)) {
      throw new Problem(
          Problem.Kind.CONFLICT,
          "problem.invalid",
          List.of(new FieldProblem("status", "complaints.badTransition", s.status(), next)));
    }
    appendAndProject(c, entries, s.lastSeq() + 1, type, actor.username(), details);
  }

  /** The keyed digest of a complaint's text that an entry commits to (MerkleLog.digest). */
  String digest(UUID id, String text) {
    return ledger.digest(id.toString(), text);
  }

  /** Appends an entry of any type (the case file's) after the checks the caller made. */
  void record(UUID id, String actor, String type, Map<String, ?> details) {
    var c = complaint(id);
    var entries = store.entries(id);
    var s = ComplaintState.fold(entries);
    var copy = new LinkedHashMap<String, @Nullable Object>(details);
    appendAndProject(c, entries, s.lastSeq() + 1, type, actor, copy);
  }

  private void appendAndProject(
      StoredComplaint c,
      List<ComplaintEntry> entries,
      int seq,
      String type,
      String actor,
      Map<String, @Nullable Object> details) {
    var all = new ArrayList<>(entries);
    all.add(append(c, seq, type, now(), actor, details));
    project(c, all);
  }

  private ComplaintEntry append(
      StoredComplaint c,
      int seq,
      String type,
      Instant occurredAt,
      String actor,
      Map<String, @Nullable Object> details) {
    var e = new ComplaintEntry(seq, type, occurredAt, now(), actor, details);
    try {
      store.append(c.id(), e, store.detailsJson(details));
    } catch (DuplicateKeyException ex) {
      throw new Problem(Problem.Kind.CONFLICT, "complaints.conflict", List.of());
    }
    ledger.commit(
        new LedgerEvent(
            c.id().toString(),
            seq,
            type,
            occurredAt,
            e.recordedAt(),
            c.facilityId() == null ? "complaints" : c.facilityId(),
            actor,
            details));
    return e;
  }

  /**
   * Counts again the deadline of every complaint from a person still held that is still received:
   * one lodged before that first deadline came in hours (or before its profile changed) keeps the
   * deadline it was projected with until then. Idempotent; run at every start.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void reprojectStillHeldReceived() {
    for (UUID id : store.stillHeldReceived()) {
      project(complaint(id), store.entries(id));
    }
  }

  private void project(StoredComplaint c, List<ComplaintEntry> entries) {
    var s = ComplaintState.fold(entries);
    var text =
        Stream.of(
                c.reference(),
                c.narrative(),
                c.place(),
                c.against(),
                c.injuries(),
                c.victimName(),
                c.complainantName(),
                c.facilityId(),
                s.category() == null ? null : s.category().name())
            .filter(x -> x != null && !x.isBlank())
            .collect(Collectors.joining(" "))
            .toLowerCase(Locale.ROOT);
    store.project(
        c.id(),
        s,
        deadlines.dueAt(c, s),
        c.facilityId(),
        c.facilityId() == null
            ? null
            : facilities.find(c.facilityId()).map(Facility::regionCode).orElse(null),
        text);
  }

  /** A page of the complaints the actor may list, most pressing first. */
  public List<ComplaintSummary> list(Actor actor, ComplaintFilter f, int page, int size) {
    var where = where(actor, f);
    return store.page(
        where.getKey(),
        where.getValue(),
        clock.instant(),
        settings.deadlineRules(),
        page * size,
        size);
  }

  public long count(Actor actor, ComplaintFilter f) {
    var where = where(actor, f);
    return store.count(where.getKey(), where.getValue());
  }

  /** How many open complaints the actor may list are overdue or near their deadline. */
  public long dueCount(Actor actor) {
    if (!ComplaintAccess.listsComplaints(actor)) {
      return 0;
    }
    var where = access.listCondition(actor);
    var params = new java.util.HashMap<String, Object>(where.getValue());
    params.put("soon", java.sql.Timestamp.from(clock.instant().plus(settings.deadlineWarning())));
    return store.count(where.getKey() + " and v.due_at is not null and v.due_at <= :soon", params);
  }

  /**
   * How many allegations and injuries recorded in custody still wait for their complaint (raising
   * failed, or has waited a minute or more; it is resubmitted): shown to those who handle
   * complaints, zero to others.
   */
  public long awaitingRaise(Actor actor) {
    return actor.is(org.habeas.system.Role.MONITOR)
        ? store.pendingRaises(clock.instant().minus(CustodyComplaints.WAITING))
        : 0;
  }

  /** Whether the actor's role has a complaints list (the nav link). */
  public static boolean listsComplaints(Actor actor) {
    return ComplaintAccess.listsComplaints(actor);
  }

  /**
   * What the list offers the actor beyond its lines: opening a complaint, searching their text,
   * taking one in (an administrator lists complaints and does none of these).
   */
  public record ListRights(boolean open, boolean search, boolean takeIn) {}

  public static ListRights listRights(Actor actor) {
    return new ListRights(
        ComplaintAccess.mayOpen(actor),
        ComplaintAccess.maySearchText(actor),
        ComplaintAccess.mayTakeIn(actor));
  }

  private Map.Entry<String, Map<String, Object>> where(Actor actor, ComplaintFilter f) {
    var base = access.listCondition(actor);
    var sql = new StringBuilder(base.getKey());
    var params = new java.util.HashMap<String, Object>(base.getValue());
    if (f.status() != null) {
      sql.append(" and v.status = :status");
      params.put("status", f.status().name());
    }
    if (f.category() != null) {
      sql.append(" and v.category = :category");
      params.put("category", f.category().name());
    }
    if (f.urgent() != null) {
      sql.append(" and v.urgent = :urgent");
      params.put("urgent", f.urgent());
    }
    if (f.overdue()) {
      sql.append(" and v.due_at is not null and v.due_at <= :now");
      params.put("now", java.sql.Timestamp.from(clock.instant()));
    }
    if (f.assignee() != null && !f.assignee().isBlank()) {
      sql.append(" and v.assignee = :assignee");
      params.put("assignee", f.assignee().strip());
    }
    if (f.mine()) {
      sql.append(" and v.assignee = :mine");
      params.put("mine", actor.username());
    }
    if (f.facilityId() != null) {
      sql.append(" and v.facility_id = :facilityFilter");
      params.put("facilityFilter", f.facilityId());
    }
    if (f.regionCode() != null) {
      sql.append(" and v.region_code = :regionFilter");
      params.put("regionFilter", f.regionCode());
    }
    if (f.dueSoon()) {
      sql.append(" and v.due_at is not null and v.due_at <= :soon");
      params.put("soon", java.sql.Timestamp.from(clock.instant().plus(settings.deadlineWarning())));
    }
    if (f.q() != null && !f.q().isBlank()) {
      if (!ComplaintAccess.maySearchText(actor)) {
        throw Problem.forbidden("complaints.searchForbidden");
      }
      var q = search.condition(PlainText.checked("q", f.q()));
      sql.append(" and ").append(q.getKey());
      params.putAll(q.getValue());
    }
    return Map.entry(sql.toString(), params);
  }

  /** The complaint's reference, status and links, if the actor may see it at all. */
  Optional<ComplaintRef> ref(Actor actor, UUID id) {
    var c = store.find(id);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    var s = ComplaintState.fold(store.entries(id));
    if (access.visibility(actor, c.get(), s) == ComplaintAccess.Visibility.NONE) {
      return Optional.empty();
    }
    return Optional.of(ref(c.get(), s));
  }

  boolean mayHandle(Actor actor, UUID id) {
    var c = store.find(id);
    if (c.isEmpty()) {
      return false;
    }
    var s = ComplaintState.fold(store.entries(id));
    return access.mayHandle(actor, s)
        && access.visibility(actor, c.get(), s) != ComplaintAccess.Visibility.NONE;
  }

  private static ComplaintRef ref(StoredComplaint c, ComplaintState s) {
    return new ComplaintRef(
        c.id(), c.reference(), s.status().name(), c.facilityId(), c.custodyRecordId());
  }

  private List<ComplaintRef> duplicates(Actor actor, StoredComplaint c) {
    var window = settings.duplicateWindow();
    var me =
        new Duplicates.Candidate(
            c.id().toString(), c.victimName(), c.facilityId(), c.custodyRecordId(), c.lodgedAt());
    var found = new ArrayList<ComplaintRef>();
    for (var other :
        store.near(
            c.facilityId(),
            c.custodyRecordId(),
            c.lodgedAt().minus(window),
            c.lodgedAt().plus(window))) {
      var them =
          new Duplicates.Candidate(
              other.id().toString(),
              other.victimName(),
              other.facilityId(),
              other.custodyRecordId(),
              other.lodgedAt());
      if (Duplicates.likely(me, them, window)) {
        var s = ComplaintState.fold(store.entries(other.id()));
        if (access.visibility(actor, other, s) != ComplaintAccess.Visibility.NONE) {
          found.add(ref(other, s));
        }
      }
    }
    return found;
  }

  private StoredComplaint complaint(UUID id) {
    return store.find(id).orElseThrow(() -> Problem.notFound("complaints.notFound"));
  }

  /** The stand-in for the people named in a complaint. */
  public static String pseudonym(UUID id) {
    return "P-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static String reference() {
    var sb = new StringBuilder("HC-");
    for (int i = 0; i < 8; i++) {
      sb.append(BASE32[RANDOM.nextInt(32)]);
    }
    return sb.toString();
  }

  private static String secret() {
    var sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 5 == 0) {
        sb.append('-');
      }
      sb.append(BASE32[RANDOM.nextInt(32)]);
    }
    return sb.toString();
  }

  /** The stored hash of a secret: spaces and dashes and case do not matter. */
  static String hash(String secret) {
    var normal = secret.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return sha256(normal.getBytes(StandardCharsets.UTF_8));
  }

  private static String intakeDigest(StoredComplaint c) {
    var text =
        String.join(
            "\n",
            String.valueOf(c.complainantName()),
            String.valueOf(c.victimName()),
            String.valueOf(c.contact()),
            c.narrative(),
            String.valueOf(c.place()),
            String.valueOf(c.against()),
            String.valueOf(c.injuries()));
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hexBytes(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  /** The languages a complaint may be lodged in. */
  static final class Users {
    private Users() {}

    static String language(String lang) {
      return switch (lang) {
        case "kk", "ru", "en" -> lang;
        default -> "en";
      };
    }
  }
}
