package org.habeas.detentionreports;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.habeas.complaints.ComplainantRole;
import org.habeas.complaints.ComplaintIntake;
import org.habeas.complaints.ContactPreference;
import org.habeas.complaints.Intake;
import org.habeas.complaints.IntakeLimits;
import org.habeas.custody.CustodyRecords;
import org.habeas.ledger.LedgerEvent;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.RecordPayloads;
import org.habeas.safeguards.ExternalAlerts;
import org.habeas.safeguards.LocalizedText;
import org.habeas.safeguards.ProfileSettings.RegistrationLimit;
import org.habeas.safeguards.Profiles;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.JsonProblems;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.PersonalDataReads.Purpose;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Region;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports of a detention: take one from the public (rate-limited like complaints, every problem
 * named at once, nothing half-stored), follow it by its code, match it against the custody records
 * opened for the person, and, when none is opened within the profile's registration limit, alert
 * the region's prosecutors and the monitors and raise a complaint of unlawful detention, once.
 *
 * <p><b>When a report is due.</b> The limit counts from the reported "since" time, as the law
 * counts from the detention; a report made after the limit had passed is due at once (the first
 * sweep that finds no record alerts). A record opened after the limit is "opened late", one opened
 * within it (or before the report) "opened in time"; lateness is shown against the report and the
 * limit. A profile without a {@code registrationLimit} (cpt, ew: their law sets no hours) keeps and
 * matches reports and raises no alert.
 */
@Service
public class DetentionReports {

  private static final Logger log = LoggerFactory.getLogger(DetentionReports.class);
  private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Who the steps of the process are recorded by (no user). */
  static final String SYSTEM = "system";

  /** A record of the person apprehended this long before the reported "since" still matches. */
  static final Duration SINCE_SLACK = Duration.ofDays(2);

  /** Reports are matched and swept for this long after they were made. */
  static final Duration KEPT_OPEN = Duration.ofDays(90);

  /** The earliest date of birth and "since" taken (a typo of the year, not a person). */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** How far in the future a "since" may lie (clocks differ). */
  static final Duration FUTURE_SLACK = Duration.ofMinutes(10);

  /**
   * What the reporter is given once: the code that follows the report, and where it stands (a
   * record already opened for the person is matched at once).
   */
  public record Made(UUID id, String code, ReportState state) {}

  /** The public status: nothing personal. */
  public record PublicStatus(ReportState state, Instant reportedAt, @Nullable Instant limitAt) {}

  /**
   * What the report says of the person and the reporter: kept sealed.
   *
   * @param place the unit or place in words, when no facility was chosen
   */
  public record Person(
      String name,
      LocalDate birthDate,
      @Nullable String nationalId,
      @Nullable String place,
      String account,
      ReporterRelation relation,
      @Nullable String reporterName,
      @Nullable String reporterContact) {}

  /** A report in a list: nothing personal. */
  public record Summary(
      UUID id,
      String pseudonym,
      Instant reportedAt,
      Instant sinceAt,
      @Nullable String facilityId,
      String regionCode,
      ZoneId zone,
      @Nullable Instant limitAt,
      ReportState state,
      @Nullable String recordId,
      @Nullable String recordPseudonym,
      @Nullable Instant openedAt,
      @Nullable Duration afterReport,
      @Nullable Duration afterLimit,
      @Nullable Instant alertedAt,
      @Nullable UUID complaintId,
      @Nullable String limitBasis) {}

  /** A report as its staff page shows it: with the person (the read is logged). */
  public record View(Summary summary, Person person) {}

  private final ReportStore store;
  private final IntakeLimits limits;
  private final Facilities facilities;
  private final Profiles profiles;
  private final CustodyRecords custody;
  private final ComplaintIntake complaints;
  private final RecordPayloads payloads;
  private final MerkleLog ledger;
  private final PersonalDataReads reads;
  private final ExternalAlerts alerts;
  private final Validator validator;
  private final JsonMapper json;
  private final MessageSource messages;
  private final Clock clock;

  DetentionReports(
      ReportStore store,
      IntakeLimits limits,
      Facilities facilities,
      Profiles profiles,
      CustodyRecords custody,
      ComplaintIntake complaints,
      RecordPayloads payloads,
      MerkleLog ledger,
      PersonalDataReads reads,
      ExternalAlerts alerts,
      Validator validator,
      JsonMapper json,
      MessageSource messages,
      Clock clock) {
    this.store = store;
    this.limits = limits;
    this.facilities = facilities;
    this.profiles = profiles;
    this.custody = custody;
    this.complaints = complaints;
    this.payloads = payloads;
    this.ledger = ledger;
    this.reads = reads;
    this.alerts = alerts;
    this.validator = validator;
    this.json = json;
    this.messages = messages;
    this.clock = clock;
  }

  /** The same reports seen from another clock (demo data, tests). Not transactional by itself. */
  public DetentionReports at(Clock other) {
    return new DetentionReports(
        store,
        limits,
        facilities,
        profiles,
        custody.at(other),
        complaints,
        payloads,
        ledger,
        reads,
        alerts,
        validator,
        json,
        messages,
        other);
  }

  // --- the public door ---------------------------------------------------------------------

  /**
   * A report from the public door: rate-limited per address and per network block (the complaints'
   * limits, one budget for the public intake); a filled honeypot is refused; every problem is named
   * at once, those of fields that could not even be read ({@code unread}) too, before anything is
   * stored. A record already opened for the person is matched at once.
   */
  @Transactional
  public Made report(DetentionReport r, List<FieldProblem> unread, String clientAddress) {
    limits.acquire(IntakeLimits.Door.LODGE, clientAddress);
    if (r.website() != null && !r.website().isBlank()) {
      log.info("Detention reports: public report refused (hidden field filled: likely a robot)");
      throw new Problem(Problem.Kind.INVALID, "complaints.refused", List.of());
    }
    return store(r, unread, "public");
  }

  /** A report stored as it is told, checked as the public's (demo data: no rate limit). */
  @Transactional
  public Made reportAsIs(DetentionReport r, String by) {
    return store(r, List.of(), by);
  }

  private Made store(DetentionReport r, List<FieldProblem> unread, String by) {
    var now = now();
    var where = checked(r, unread, now);
    var sinceAt = r.since().atZone(where.zone()).toInstant().truncatedTo(ChronoUnit.MILLIS);
    var limit = registrationLimit(where.jurisdiction(), now);
    Instant limitAt = limit == null ? null : sinceAt.plus(limit.limit());
    Instant dueAt = limitAt == null ? null : limitAt.isBefore(now) ? now : limitAt;
    var id = UUID.randomUUID();
    var code = code();
    var person =
        new Person(
            r.personName().strip(),
            r.birthDate(),
            DetentionReport.blankToNull(r.nationalId()),
            where.facility() == null ? DetentionReport.blankToNull(r.place()) : null,
            r.account().strip(),
            r.reporterRelation(),
            DetentionReport.blankToNull(r.reporterName()),
            DetentionReport.blankToNull(r.reporterContact()));
    var personJson = json.writeValueAsString(person);
    var stored =
        new ReportStore.Stored(
            id,
            now,
            sinceAt,
            where.facility() == null ? null : where.facility().id(),
            where.regionCode(),
            where.jurisdiction(),
            limitAt,
            dueAt,
            limit == null ? null : cut(limit.basis(), 500),
            payloads.seal(id.toString(), 0, personJson));
    store.insert(stored, hash(code));
    var details = new LinkedHashMap<String, @Nullable Object>();
    details.put("facilityId", stored.facilityId());
    details.put("regionCode", stored.regionCode());
    details.put("jurisdiction", stored.jurisdiction());
    details.put("since", sinceAt.toString());
    details.put("limitAt", limitAt == null ? null : limitAt.toString());
    details.put("dueAt", dueAt == null ? null : dueAt.toString());
    details.put("reporterRelation", person.relation().name());
    // The person and the words stay sealed in the report's row; the log commits to their digest.
    details.put("reportDigest", ledger.digest(id.toString(), personJson));
    append(stored, 1, Steps.REPORTED, now, by, details, null);
    var state =
        match(stored, by)
            ? Steps.fold(stored, store.steps(id)).state()
            : ReportState.AWAITING_RECORD;
    log.info("Detention reports: report {} received", pseudonym(id));
    return new Made(id, code, state);
  }

  private record Where(
      @Nullable Facility facility, String regionCode, ZoneId zone, @Nullable String jurisdiction) {}

  /** Where the person is held, or a 400 naming every problem of the report at once. */
  private Where checked(DetentionReport r, List<FieldProblem> unread, Instant now) {
    var problems = new ArrayList<>(unread);
    var named = new java.util.HashSet<String>();
    unread.forEach(p -> named.add(p.field()));
    for (var p : JsonProblems.from(validator.validate(r)).fields()) {
      if (!named.contains(p.field())) {
        problems.add(p);
      }
    }
    var texts = new LinkedHashMap<String, @Nullable String>();
    texts.put("personName", r.personName());
    texts.put("nationalId", r.nationalId());
    texts.put("facilityId", r.facilityId());
    texts.put("place", r.place());
    texts.put("regionCode", r.regionCode());
    texts.put("account", r.account());
    texts.put("reporterName", r.reporterName());
    texts.put("reporterContact", r.reporterContact());
    texts.forEach(
        (field, text) -> {
          if (!named.contains(field) && PlainText.refused(text)) {
            problems.add(new FieldProblem(field, PlainText.CODE));
          }
        });
    Facility facility = null;
    Region region = null;
    var facilityId = DetentionReport.blankToNull(r.facilityId());
    var regionCode = DetentionReport.blankToNull(r.regionCode());
    if (facilityId != null) {
      facility = facilities.find(facilityId).orElse(null);
      if (facility == null && !named.contains("facilityId")) {
        problems.add(new FieldProblem("facilityId", "detentionReport.unknownFacility"));
      } else if (facility != null) {
        region = facilities.region(facility.regionCode()).orElse(null);
      }
    } else {
      if (DetentionReport.blankToNull(r.place()) == null && !named.contains("place")) {
        problems.add(new FieldProblem("place", "detentionReport.placeOrFacility"));
      }
      if (regionCode == null) {
        if (!named.contains("regionCode")) {
          problems.add(new FieldProblem("regionCode", "field.NotBlank"));
        }
      } else {
        region = facilities.region(regionCode).orElse(null);
        if (region == null && !named.contains("regionCode")) {
          problems.add(new FieldProblem("regionCode", "detentionReport.unknownRegion"));
        }
      }
    }
    ZoneId zone =
        facility != null ? facility.zone() : region != null ? region.zone() : ZoneOffset.UTC;
    var birth = (@Nullable LocalDate) r.birthDate();
    if (birth != null && birth.isBefore(EARLIEST) && !named.contains("birthDate")) {
      problems.add(new FieldProblem("birthDate", "detentionReport.tooEarly"));
    }
    var since = (java.time.@Nullable LocalDateTime) r.since();
    if (since != null && !named.contains("since")) {
      var today = now.atZone(zone);
      if (since.isAfter(today.toLocalDateTime().plus(FUTURE_SLACK))) {
        problems.add(new FieldProblem("since", "field.PastOrPresent"));
      } else if (since.toLocalDate().isBefore(EARLIEST)
          || (birth != null && since.toLocalDate().isBefore(birth))) {
        problems.add(new FieldProblem("since", "detentionReport.sinceBeforeBirth"));
      }
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    var regionOf = facility != null ? facility.regionCode() : region.code();
    var jurisdiction =
        facility != null
            ? facility.jurisdiction()
            : facilities.all().stream()
                .filter(f -> f.regionCode().equals(regionOf))
                .map(Facility::jurisdiction)
                .findFirst()
                .orElse(null);
    return new Where(facility, regionOf, zone, jurisdiction);
  }

  /** The profile's registration limit in force at {@code at}; null without one. */
  private @Nullable RegistrationLimit registrationLimit(@Nullable String jurisdiction, Instant at) {
    if (jurisdiction == null) {
      return null;
    }
    try {
      return profiles.inForce(jurisdiction, at).settings().registrationLimit();
    } catch (RuntimeException e) {
      log.warn(
          "Detention reports: no profile {} in force; the report raises no alert", jurisdiction);
      return null;
    }
  }

  /**
   * The report's public status, if the code is one; else empty. Rate-limited like the complaints'
   * status look-ups. The code is the only secret: it is kept only as its hash.
   */
  public Optional<PublicStatus> status(String code, String clientAddress) {
    limits.acquire(IntakeLimits.Door.STATUS, clientAddress);
    if (code.isBlank() || code.length() > 60) {
      return Optional.empty();
    }
    return store
        .byReferenceHash(hash(code))
        .map(
            r ->
                new PublicStatus(
                    Steps.fold(r, store.steps(r.id())).state(), r.reportedAt(), r.limitAt()));
  }

  // --- matching, alerting ----------------------------------------------------------------------

  /**
   * Matches the report against the custody records opened for its person; true if a record now
   * acknowledges it (this call or an earlier one linked them).
   */
  private boolean match(ReportStore.Stored report, String by) {
    var steps = store.steps(report.id());
    var state = Steps.fold(report, steps);
    if (state.recordId() != null) {
      return true;
    }
    var person = person(report);
    var found =
        custody.matching(person.name(), person.birthDate(), person.nationalId()).stream()
            .filter(m -> !m.apprehendedAt().isBefore(report.sinceAt().minus(SINCE_SLACK)))
            .min(Comparator.comparing(CustodyRecords.PersonMatch::openedAt));
    if (found.isEmpty()) {
      return false;
    }
    var m = found.get();
    var details = new LinkedHashMap<String, @Nullable Object>();
    details.put("recordId", m.recordId());
    details.put("facilityId", m.facilityId());
    details.put("apprehendedAt", m.apprehendedAt().toString());
    details.put("openedAt", m.openedAt().toString());
    details.put("limitAt", report.limitAt() == null ? null : report.limitAt().toString());
    var afterReport = Steps.afterReport(report, m.openedAt());
    var afterLimit = Steps.afterLimit(report, m.openedAt());
    details.put("afterReport", afterReport == null ? null : afterReport.toString());
    details.put("afterLimit", afterLimit == null ? null : afterLimit.toString());
    append(report, state.lastSeq() + 1, Steps.RECORD_MATCHED, now(), by, details, m.recordId());
    log.info(
        "Detention reports: report {} matched by record {}",
        pseudonym(report.id()),
        CustodyRecords.pseudonym(m.recordId()));
    return true;
  }

  /**
   * One sweep over the reports still without a record, each in the caller's transaction per report:
   * matched if a record was opened, else alerted and complained of once when due. Returns whether
   * it raised an alert. Idempotent: a step taken once is never taken again (its seq is the stream's
   * key), and the alert is raised once under its key. The sweep calls it; so does the demo data.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean sweepOne(UUID id, Instant now) {
    var report = store.find(id).orElseThrow();
    if (match(report, SYSTEM)) {
      return false;
    }
    if (report.dueAt() == null || now.isBefore(report.dueAt())) {
      return false;
    }
    var state = Steps.fold(report, store.steps(id));
    if (state.alertedAt() != null) {
      return false;
    }
    var person = person(report);
    var facility = report.facilityId() == null ? null : facilities.find(report.facilityId());
    var region = facilities.region(report.regionCode());
    var zone =
        facility != null && facility.isPresent()
            ? facility.get().zone()
            : region.map(Region::zone).orElse(ZoneOffset.UTC);
    var alert =
        new ExternalAlerts.Raised(
            id.toString(),
            pseudonym(id),
            Steps.RULE,
            new LocalizedText(
                title(Locale.forLanguageTag("kk")),
                title(Locale.forLanguageTag("ru")),
                title(Locale.ENGLISH)),
            report.limitBasis() == null ? "-" : report.limitBasis(),
            report.sinceAt(),
            report.limitAt(),
            report.facilityId() == null ? report.regionCode() : report.facilityId(),
            report.regionCode(),
            zone);
    var alertId = alerts.raiseBreach(Steps.RULE + "|" + id, alert, now);
    var details = new LinkedHashMap<String, @Nullable Object>();
    details.put("ruleId", Steps.RULE);
    details.put("limitAt", report.limitAt() == null ? null : report.limitAt().toString());
    details.put("dueAt", report.dueAt().toString());
    details.put("alertId", alertId.map(String::valueOf).orElse(null));
    append(report, state.lastSeq() + 1, Steps.ALERTED, now, SYSTEM, details, null);
    var complaint =
        complaints.raiseUnacknowledgedDetention(SYSTEM, now, intake(report, person, zone));
    var raised = new LinkedHashMap<String, @Nullable Object>();
    raised.put("complaintId", complaint.toString());
    append(report, state.lastSeq() + 2, Steps.COMPLAINT_RAISED, now, SYSTEM, raised, null);
    log.warn(
        "Detention reports: no custody record for report {} within its limit; alerted, complaint"
            + " raised",
        pseudonym(id));
    return true;
  }

  /** Matches every report still without a record against a record just opened. */
  @Transactional(propagation = Propagation.MANDATORY)
  void matchOpened(String recordId) {
    for (var report : store.unmatched(now().minus(KEPT_OPEN), 500)) {
      match(report, SYSTEM);
    }
  }

  /** Whether some report still waits for its record (before matching on every opening). */
  boolean anyWaiting() {
    return store.anyUnmatched(now().minus(KEPT_OPEN));
  }

  /** The reports the sweep looks at, oldest first. */
  List<UUID> waiting(Instant now, int limit) {
    return store.unmatched(now.minus(KEPT_OPEN), limit).stream()
        .map(ReportStore.Stored::id)
        .toList();
  }

  private Intake intake(ReportStore.Stored report, Person person, ZoneId zone) {
    var since = report.sinceAt().atZone(zone);
    var where =
        report.facilityId() != null
            ? facilities.find(report.facilityId()).map(f -> f.name(Locale.ENGLISH)).orElse("-")
            : person.place() + " (" + report.regionCode() + ")";
    var narrative =
        messages.getMessage(
                "detentionReport.complaint.narrative",
                new Object[] {
                  pseudonym(report.id()),
                  where,
                  since.toLocalDate().toString() + " " + since.toLocalTime().withNano(0)
                },
                Locale.ENGLISH)
            + "\n\n"
            + person.account();
    return new Intake(
        switch (person.relation()) {
          case RELATIVE -> ComplainantRole.RELATIVE;
          case LAWYER -> ComplainantRole.LAWYER;
          case MONITOR, WITNESS, OTHER -> ComplainantRole.WITNESS;
        },
        person.reporterName(),
        cut(person.name(), 200),
        ContactPreference.NONE,
        person.reporterContact(),
        cut(narrative, 10000),
        person.place() == null ? null : cut(person.place(), 500),
        report.facilityId(),
        since.toLocalDate(),
        null,
        null,
        true,
        null);
  }

  private String title(Locale locale) {
    return messages.getMessage("detentionReport.alert.title", null, locale);
  }

  // --- staff ---------------------------------------------------------------------------------

  /** Whether the actor has the staff list (the nav link, the 403). */
  public static boolean lists(Actor actor) {
    return ReportAccess.lists(actor);
  }

  /** A page of the reports the actor may see, newest first. */
  public List<Summary> list(Actor actor, int page, int size) {
    if (!ReportAccess.lists(actor)) {
      throw Problem.forbidden("detentionReport.forbidden");
    }
    var where = ReportAccess.condition(actor);
    return store.page(where.getKey(), where.getValue(), page * size, size).stream()
        .map(this::summary)
        .toList();
  }

  public long count(Actor actor) {
    if (!ReportAccess.lists(actor)) {
      return 0;
    }
    var where = ReportAccess.condition(actor);
    return store.count(where.getKey(), where.getValue());
  }

  /** The report with the person, if the actor may see it (the read is logged); else 404. */
  @Transactional
  public View view(Actor actor, UUID id) {
    var report =
        store
            .find(id)
            .filter(r -> ReportAccess.sees(actor, r))
            .orElseThrow(() -> Problem.notFound("detentionReport.notFound"));
    reads.log(actor, id.toString(), Purpose.DUTY, null);
    return new View(summary(report), person(report));
  }

  /**
   * The reports a custody record acknowledged, for its page (custody has checked that the viewer
   * may see the record): nothing personal, the viewer sees the person on the record anyway.
   */
  public List<Summary> acknowledgedBy(String recordId) {
    return store.matchedBy(recordId).stream()
        .map(store::find)
        .flatMap(Optional::stream)
        .map(this::summary)
        .toList();
  }

  /** Whether the actor may open this report's staff page (the record page's link). */
  public boolean maySee(Actor actor, UUID id) {
    return store.find(id).filter(r -> ReportAccess.sees(actor, r)).isPresent();
  }

  private Summary summary(ReportStore.Stored r) {
    var s = Steps.fold(r, store.steps(r.id()));
    var zone =
        r.facilityId() != null
            ? facilities.find(r.facilityId()).map(Facility::zone).orElse(ZoneOffset.UTC)
            : facilities.region(r.regionCode()).map(Region::zone).orElse(ZoneOffset.UTC);
    return new Summary(
        r.id(),
        pseudonym(r.id()),
        r.reportedAt(),
        r.sinceAt(),
        r.facilityId(),
        r.regionCode(),
        zone,
        r.limitAt(),
        s.state(),
        s.recordId(),
        s.recordId() == null ? null : CustodyRecords.pseudonym(s.recordId()),
        s.openedAt(),
        Steps.afterReport(r, s.openedAt()),
        Steps.afterLimit(r, s.openedAt()),
        s.alertedAt(),
        s.complaintId(),
        r.limitBasis());
  }

  // --- helpers -------------------------------------------------------------------------------

  private Person person(ReportStore.Stored r) {
    var text = payloads.reader(r.id().toString()).open(0, r.sealed());
    return json.readValue(text, Person.class);
  }

  private void append(
      ReportStore.Stored report,
      int seq,
      String type,
      Instant occurredAt,
      String by,
      Map<String, @Nullable Object> details,
      @Nullable String recordId) {
    var payload = new LinkedHashMap<String, Object>();
    details.forEach(
        (k, v) -> {
          if (v != null) {
            payload.put(k, v);
          }
        });
    store.append(report.id(), new ReportStore.Step(seq, type, occurredAt, by, payload, recordId));
    ledger.commit(
        new LedgerEvent(
            report.id().toString(),
            seq,
            type,
            occurredAt,
            report.facilityId() == null ? "detention-reports" : report.facilityId(),
            by,
            payload));
  }

  /** The stand-in for the person in lists and alerts (no personal data in it). */
  public static String pseudonym(UUID id) {
    return "R-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** A new code: DR- and 20 characters of Crockford's Base32 (100 random bits), in groups. */
  private static String code() {
    var sb = new StringBuilder("DR");
    for (int i = 0; i < 20; i++) {
      if (i % 5 == 0) {
        sb.append('-');
      }
      sb.append(BASE32[RANDOM.nextInt(32)]);
    }
    return sb.toString();
  }

  /**
   * The stored hash of a code: spaces, dashes, case and the DR prefix do not matter (public for
   * tests that find a report by the code it gave).
   */
  public static String hash(String code) {
    var normal = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (normal.startsWith("DR")) {
      normal = normal.substring(2);
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
