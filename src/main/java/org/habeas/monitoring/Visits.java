package org.habeas.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordFilter;
import org.habeas.custody.RecordSummary;
import org.habeas.safeguards.Obligation;
import org.habeas.safeguards.ObligationStatus;
import org.habeas.safeguards.RecordSafeguards;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Role;
import org.habeas.system.Upload;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits to places of detention: plan or record one, answer the checklist, sample custody records,
 * hold private interviews and record findings with evidence. Monitors (the commission and the
 * national preventive mechanism) do this; the interview notes are for the visit's team alone.
 */
@Service
public class Visits {

  /** What a visit is planned or recorded with. */
  public record Plan(
      @Nullable String facilityId,
      @Nullable LocalDate date,
      boolean announced,
      boolean made,
      @Nullable String purpose,
      List<String> team) {}

  /** The current answer to one checklist item. */
  public record AnswerRow(
      String item, Checklist.Answer answer, @Nullable String note, Instant at, String by) {}

  /** A sampled custody record with its obligations as they stood when judged. */
  public record Sampled(
      String recordId,
      String pseudonym,
      int position,
      long seed,
      Instant apprehendedAt,
      @Nullable Instant closedAt,
      Instant judgedAt,
      List<Obligation> obligations) {

    public long breached() {
      return obligations.stream().filter(o -> o.status() == ObligationStatus.BREACHED).count();
    }
  }

  /** A private interview; notes only for the team. */
  public record Interview(
      String id, String notes, Instant at, String by, List<String> complaintIds) {}

  /** What a new finding says and links to. */
  public record FindingForm(
      @Nullable String text,
      @Nullable String severity,
      @Nullable String recordId,
      @Nullable String cameraId) {}

  private final JdbcClient jdbc;
  private final MonitoringLog log;
  private final Facilities facilities;
  private final Users users;
  private final CustodyRecords records;
  private final RecordSafeguards safeguards;
  private final PersonalDataReads reads;
  private final ObjectProvider<AllegationHandOver> complaints;
  private final Clock clock;
  private final int evidenceMaxBytes;

  Visits(
      JdbcClient jdbc,
      MonitoringLog log,
      Facilities facilities,
      Users users,
      CustodyRecords records,
      RecordSafeguards safeguards,
      PersonalDataReads reads,
      ObjectProvider<AllegationHandOver> complaints,
      Clock clock,
      @Value("${habeas.monitoring.evidence-max-bytes:5242880}") int evidenceMaxBytes) {
    this.jdbc = jdbc;
    this.log = log;
    this.facilities = facilities;
    this.users = users;
    this.records = records;
    this.safeguards = safeguards;
    this.reads = reads;
    this.complaints = complaints;
    this.clock = clock;
    this.evidenceMaxBytes = evidenceMaxBytes;
  }

  /**
   * The same visits seen from another clock: for loading a visit's history (demo data) and for
   * tests. The copy is not transactional by itself; wrap its calls in a transaction.
   */
  public Visits at(Clock other) {
    return new Visits(
        jdbc,
        log,
        facilities,
        users,
        records,
        safeguards,
        reads,
        complaints,
        other,
        evidenceMaxBytes);
  }

  public int evidenceMaxBytes() {
    return evidenceMaxBytes;
  }

  static void requireMonitor(Actor actor) {
    if (!actor.is(Role.MONITOR)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
  }

  /** Plans a visit (or records one made); returns its id. */
  @Transactional
  public String plan(Actor actor, Plan plan) {
    requireMonitor(actor);
    var problems = new ArrayList<FieldProblem>();
    Facility facility = null;
    if (plan.facilityId() == null || plan.facilityId().isBlank()) {
      problems.add(new FieldProblem("facilityId", "field.NotBlank"));
    } else {
      facility = facilities.find(plan.facilityId()).orElse(null);
      if (facility == null) {
        problems.add(new FieldProblem("facilityId", "monitoring.unknownFacility"));
      }
    }
    if (plan.date() == null) {
      problems.add(new FieldProblem("date", "field.NotNull"));
    } else if (plan.made() && plan.date().isAfter(LocalDate.now(clock).plusDays(1))) {
      problems.add(new FieldProblem("date", "monitoring.madeInFuture"));
    }
    if (plan.purpose() != null && plan.purpose().strip().length() > 2000) {
      problems.add(new FieldProblem("purpose", "field.Size", 0, 2000));
    }
    var team = new LinkedHashSet<String>();
    team.add(actor.username());
    for (var member : plan.team()) {
      var m = member.strip();
      if (m.isEmpty()) {
        continue;
      }
      if (users.find(m).filter(u -> u.is(Role.MONITOR)).isEmpty()) {
        problems.add(new FieldProblem("team", "monitoring.unknownMember", m));
      } else {
        team.add(m);
      }
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    var id = UUID.randomUUID().toString();
    var now = clock.instant();
    var purpose = blankToNull(plan.purpose());
    jdbc.sql(
            "insert into mon_visit (id, facility_id, visit_date, announced, made, purpose,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            facility.id(),
            plan.date(),
            plan.announced(),
            plan.made(),
            purpose,
            actor.username(),
            Timestamp.from(now))
        .update();
    for (var m : team) {
      jdbc.sql("insert into mon_visit_member (visit_id, username) values (?, ?)")
          .params(id, m)
          .update();
    }
    var payload = new LinkedHashMap<String, Object>();
    payload.put("facilityId", facility.id());
    payload.put("date", plan.date().toString());
    payload.put("announced", plan.announced());
    payload.put("team", List.copyOf(team));
    payload.put("purpose", purpose);
    log.append(id, plan.made() ? "VisitMade" : "VisitPlanned", now, facility.id(), actor, payload);
    return id;
  }

  public List<Visit> list(Actor actor, @Nullable String facilityId, int offset, int limit) {
    requireReader(actor);
    var where = facilityId == null || facilityId.isBlank() ? "" : " where facility_id = :f";
    var spec =
        jdbc.sql(
            "select * from mon_visit"
                + where
                + " order by visit_date desc, created_at desc limit :limit offset :offset");
    if (!where.isEmpty()) {
      spec = spec.param("f", facilityId);
    }
    return spec.param("limit", limit).param("offset", offset).query(this::visitRow).list();
  }

  public long count(@Nullable String facilityId) {
    return facilityId == null || facilityId.isBlank()
        ? jdbc.sql("select count(*) from mon_visit").query(Long.class).single()
        : jdbc.sql("select count(*) from mon_visit where facility_id = ?")
            .param(facilityId)
            .query(Long.class)
            .single();
  }

  public Visit get(Actor actor, String id) {
    requireReader(actor);
    return find(id).orElseThrow(() -> Problem.notFound("monitoring.visitNotFound"));
  }

  java.util.Optional<Visit> find(String id) {
    return jdbc.sql("select * from mon_visit where id = ?")
        .param(id)
        .query(this::visitRow)
        .optional();
  }

  private static void requireReader(Actor actor) {
    if (!actor.is(Role.MONITOR)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
  }

  private Visit visitRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    var id = rs.getString("id");
    var facilityId = rs.getString("facility_id");
    var team =
        jdbc.sql("select username from mon_visit_member where visit_id = ? order by username")
            .param(id)
            .query(String.class)
            .list();
    return new Visit(
        id,
        facilityId,
        facilities.find(facilityId).map(Facility::name).orElse(facilityId),
        rs.getObject("visit_date", LocalDate.class),
        rs.getBoolean("announced"),
        rs.getBoolean("made"),
        rs.getString("purpose"),
        team,
        rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant());
  }

  // --- checklist ---------------------------------------------------------------------------

  /** Answers one checklist item; the latest answer stands, earlier ones stay in the history. */
  @Transactional
  public void answer(
      Actor actor, String visitId, String item, @Nullable String answer, @Nullable String note) {
    var visit = get(actor, visitId);
    if (!Checklist.isItem(item)) {
      throw Problem.badField("item", "monitoring.unknownItem");
    }
    Checklist.Answer a;
    try {
      a = Checklist.Answer.valueOf(answer == null ? "" : answer);
    } catch (IllegalArgumentException e) {
      throw Problem.badField("answer", "monitoring.badAnswer");
    }
    var n = blankToNull(note);
    if (n != null && n.length() > 2000) {
      throw Problem.badField("note", "field.Size", 0, 2000);
    }
    var now = clock.instant();
    jdbc.sql(
            "insert into mon_answer (visit_id, item, answer, note, answered_at, answered_by)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(visit.id(), item, a.name(), n, Timestamp.from(now), actor.username())
        .update();
    var payload = new LinkedHashMap<String, Object>();
    payload.put("item", item);
    payload.put("answer", a.name());
    payload.put("note", n);
    log.append(visit.id(), "ChecklistAnswered", now, visit.facilityId(), actor, payload);
  }

  /** The answer standing for each item answered. */
  public Map<String, AnswerRow> answers(String visitId) {
    var current = new LinkedHashMap<String, AnswerRow>();
    jdbc.sql("select * from mon_answer where visit_id = ? order by id")
        .param(visitId)
        .query(
            (rs, i) ->
                new AnswerRow(
                    rs.getString("item"),
                    Checklist.Answer.valueOf(rs.getString("answer")),
                    rs.getString("note"),
                    rs.getTimestamp("answered_at").toInstant(),
                    rs.getString("answered_by")))
        .list()
        .forEach(a -> current.put(a.item(), a));
    return current;
  }

  // --- record sampling ---------------------------------------------------------------------

  /**
   * Draws up to {@code n} records of the visit's facility apprehended in the period (dates in the
   * facility's zone), not drawn before for this visit; returns the ids drawn.
   */
  @Transactional
  public List<String> sample(
      Actor actor,
      String visitId,
      int n,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable Long seed) {
    var visit = get(actor, visitId);
    var problems = new ArrayList<FieldProblem>();
    if (n < 1 || n > 50) {
      problems.add(new FieldProblem("n", "field.Range", 1, 50));
    }
    if (from == null) {
      problems.add(new FieldProblem("from", "field.NotNull"));
    }
    if (to == null) {
      problems.add(new FieldProblem("to", "field.NotNull"));
    }
    if (from != null && to != null && from.isAfter(to)) {
      problems.add(new FieldProblem("to", "monitoring.periodOrder"));
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    var zone = facilities.find(visit.facilityId()).map(Facility::zone).orElseThrow();
    var start = from.atStartOfDay(zone).toInstant();
    var end = to.plusDays(1).atStartOfDay(zone).toInstant();
    var already = sampledIds(visitId);
    var candidates = new ArrayList<String>();
    var filter = new RecordFilter(visit.facilityId(), null, null, "apprehended");
    for (int page = 0; ; page++) {
      List<RecordSummary> batch = records.list(actor, filter, page, 500);
      for (var r : batch) {
        if (!r.apprehendedAt().isBefore(start)
            && r.apprehendedAt().isBefore(end)
            && !already.contains(r.id())) {
          candidates.add(r.id());
        }
      }
      if (batch.size() < 500) {
        break;
      }
    }
    long s = seed != null ? seed : new java.security.SecureRandom().nextLong();
    var drawn = RecordSampler.sample(candidates, n, s);
    var now = clock.instant();
    int position = already.size();
    for (var id : drawn) {
      jdbc.sql(
              "insert into mon_sample (visit_id, record_id, position, seed, period_from, period_to,"
                  + " drawn_at, drawn_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(visitId, id, ++position, s, from, to, Timestamp.from(now), actor.username())
          .update();
    }
    var payload = new LinkedHashMap<String, Object>();
    payload.put("from", from.toString());
    payload.put("to", to.toString());
    payload.put("seed", s);
    payload.put("records", drawn);
    log.append(visitId, "RecordsSampled", now, visit.facilityId(), actor, payload);
    return drawn;
  }

  private List<String> sampledIds(String visitId) {
    return jdbc.sql("select record_id from mon_sample where visit_id = ? order by position")
        .param(visitId)
        .query(String.class)
        .list();
  }

  /**
   * The sampled records, each with its obligations as they stood at its close or at the visit (the
   * end of the visit's day, or now if that is later), whichever came first.
   */
  public List<Sampled> sampled(Actor actor, String visitId) {
    var visit = get(actor, visitId);
    var zone = facilities.find(visit.facilityId()).map(Facility::zone).orElseThrow();
    var visitEnd = visit.date().plusDays(1).atStartOfDay(zone).toInstant();
    var now = clock.instant();
    var at = visitEnd.isAfter(now) ? now : visitEnd;
    var rows =
        jdbc.sql(
                "select record_id, position, seed from mon_sample where visit_id = ? order by position")
            .param(visitId)
            .query(
                (rs, i) ->
                    Map.entry(
                        rs.getString("record_id"),
                        new long[] {rs.getInt("position"), rs.getLong("seed")}))
            .list();
    var out = new ArrayList<Sampled>();
    for (var row : rows) {
      var id = row.getKey();
      var events = records.history(id);
      if (events.isEmpty()) {
        continue; // erased since
      }
      var state = org.habeas.custody.CustodyRecord.replay(events);
      // Judged when the person stopped being held under the record: released, handed over, or
      // (issue 16) released or moved on from the remand prison that continued it.
      var ended = state.endedAt();
      var judged = ended != null && ended.isBefore(at) ? ended : at;
      List<Obligation> obligations;
      try {
        obligations =
            safeguards.evaluate(id, judged).obligations().stream()
                .filter(o -> o.status() != ObligationStatus.NOT_APPLICABLE)
                .toList();
      } catch (RuntimeException e) {
        obligations = List.of();
      }
      out.add(
          new Sampled(
              id,
              CustodyRecords.pseudonym(id),
              (int) row.getValue()[0],
              row.getValue()[1],
              state.apprehendedAt(),
              state.closedAt(),
              judged,
              obligations));
    }
    return out;
  }

  // --- findings and evidence ---------------------------------------------------------------

  /** Records a finding with its evidence: all of it is stored, or none. Returns its id. */
  @Transactional
  public String addFinding(Actor actor, String visitId, FindingForm form, List<Upload> files) {
    var visit = get(actor, visitId);
    var problems = new ArrayList<FieldProblem>();
    var text = blankToNull(form.text());
    if (text == null) {
      problems.add(new FieldProblem("text", "field.NotBlank"));
    } else if (text.length() > 4000) {
      problems.add(new FieldProblem("text", "field.Size", 1, 4000));
    }
    if (form.severity() == null || !Vocabulary.SEVERITIES.contains(form.severity())) {
      problems.add(new FieldProblem("severity", "monitoring.badSeverity"));
    }
    var recordId = blankToNull(form.recordId());
    if (recordId != null && !sampledIds(visitId).contains(recordId)) {
      if (!isUuid(recordId) || !records.maySee(actor, recordId)) {
        problems.add(new FieldProblem("recordId", "monitoring.unknownRecord"));
      }
    }
    var cameraId = blankToNull(form.cameraId());
    if (cameraId != null
        && jdbc.sql("select count(*) from mon_camera where id = ? and facility_id = ?")
                .params(cameraId, visit.facilityId())
                .query(Long.class)
                .single()
            == 0) {
      problems.add(new FieldProblem("cameraId", "monitoring.unknownCamera"));
    }
    var checked = new ArrayList<EvidenceFiles.Checked>();
    for (var f : files) {
      if (f.empty()) {
        continue;
      }
      try {
        checked.add(EvidenceFiles.check(f, evidenceMaxBytes));
      } catch (EvidenceFiles.Refused r) {
        problems.add(new FieldProblem("evidence", r.code(), evidenceMaxBytes / 1024 / 1024));
      }
    }
    if (checked.size() > 10) {
      problems.add(new FieldProblem("evidence", "monitoring.evidence.tooMany", 10));
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    var id = UUID.randomUUID().toString();
    var now = clock.instant();
    jdbc.sql(
            "insert into mon_finding (id, visit_id, facility_id, text, severity, record_id,"
                + " camera_id, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            visitId,
            visit.facilityId(),
            text,
            form.severity(),
            recordId,
            cameraId,
            Timestamp.from(now),
            actor.username())
        .update();
    var hashes = new ArrayList<String>();
    for (var c : checked) {
      storeEvidence(actor, id, null, c, now);
      hashes.add(c.sha256());
    }
    var payload = new LinkedHashMap<String, Object>();
    payload.put("findingId", id);
    payload.put("evidence", EvidenceFiles.described(checked));
    payload.put("severity", form.severity());
    payload.put("text", text);
    if (recordId != null) {
      payload.put("recordId", recordId);
    }
    if (cameraId != null) {
      payload.put("cameraId", cameraId);
    }
    payload.put("evidenceSha256", hashes);
    log.append(visitId, "FindingRecorded", now, visit.facilityId(), actor, payload);
    return id;
  }

  void storeEvidence(
      Actor actor,
      @Nullable String findingId,
      @Nullable String progressId,
      EvidenceFiles.Checked c,
      Instant now) {
    jdbc.sql(
            "insert into mon_evidence (id, finding_id, progress_id, media_type, file_name,"
                + " size_bytes, sha256, content, added_at, added_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            UUID.randomUUID().toString(),
            findingId,
            progressId,
            c.mediaType(),
            c.fileName(),
            c.content().length,
            c.sha256(),
            c.content(),
            Timestamp.from(now),
            actor.username())
        .update();
  }

  public List<Finding> findings(String visitId) {
    return jdbc.sql("select * from mon_finding where visit_id = ? order by recorded_at, id")
        .param(visitId)
        .query(this::findingRow)
        .list();
  }

  public java.util.Optional<Finding> finding(String id) {
    return jdbc.sql("select * from mon_finding where id = ?")
        .param(id)
        .query(this::findingRow)
        .optional();
  }

  /** Findings linked to one custody record (for the record page). */
  public List<Finding> findingsOfRecord(String recordId) {
    return jdbc.sql("select * from mon_finding where record_id = ? order by recorded_at")
        .param(recordId)
        .query(this::findingRow)
        .list();
  }

  private Finding findingRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    var id = rs.getString("id");
    var evidence =
        jdbc.sql(
                "select id, media_type, file_name, size_bytes, sha256 from mon_evidence"
                    + " where finding_id = ? order by added_at, id")
            .param(id)
            .query(
                (e, j) ->
                    new Finding.Evidence(
                        e.getString("id"),
                        e.getString("media_type"),
                        e.getString("file_name"),
                        e.getInt("size_bytes"),
                        e.getString("sha256")))
            .list();
    return new Finding(
        id,
        rs.getString("visit_id"),
        rs.getString("facility_id"),
        rs.getString("text"),
        rs.getString("severity"),
        rs.getString("record_id"),
        rs.getString("camera_id"),
        rs.getString("complaint_id"),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("recorded_by"),
        evidence);
  }

  /** A stored evidence file: media type, name and bytes. */
  public record EvidenceFile(String mediaType, String fileName, byte[] content) {}

  /**
   * An evidence file's bytes, for monitors, and for focal points only the evidence of progress
   * reports on their agency's recommendations.
   */
  public EvidenceFile evidence(Actor actor, String evidenceId, Recommendations recommendations) {
    var row =
        jdbc.sql("select * from mon_evidence where id = ?")
            .param(evidenceId)
            .query(
                (rs, i) ->
                    Map.entry(
                        new EvidenceFile(
                            rs.getString("media_type"),
                            rs.getString("file_name"),
                            rs.getBytes("content")),
                        java.util.Optional.ofNullable(rs.getString("progress_id"))))
            .optional()
            .orElseThrow(() -> Problem.notFound("monitoring.evidenceNotFound"));
    if (actor.is(Role.MONITOR)) {
      return row.getKey();
    }
    if (row.getValue().isPresent()
        && recommendations.mayReadProgress(actor, row.getValue().get())) {
      return row.getKey();
    }
    throw Problem.notFound("monitoring.evidenceNotFound");
  }

  // --- interviews --------------------------------------------------------------------------

  /** Records a private interview's notes; only the team may. Returns its id. */
  @Transactional
  public String interview(Actor actor, String visitId, @Nullable String notes) {
    var visit = teamVisit(actor, visitId);
    var n = blankToNull(notes);
    if (n == null) {
      throw Problem.badField("notes", "field.NotBlank");
    }
    if (n.length() > 8000) {
      throw Problem.badField("notes", "field.Size", 1, 8000);
    }
    var id = UUID.randomUUID().toString();
    var now = clock.instant();
    jdbc.sql(
            "insert into mon_interview (id, visit_id, notes, interviewed_at, recorded_by)"
                + " values (?, ?, ?, ?, ?)")
        .params(id, visitId, n, Timestamp.from(now), actor.username())
        .update();
    // The notes are confidential: the log holds that an interview took place, and their keyed
    // digest, which lets the verifier check the stored notes without revealing them.
    log.append(
        visitId,
        "InterviewHeld",
        now,
        visit.facilityId(),
        actor,
        Map.of("interviewId", id, "notesDigest", log.digest(visitId, n)));
    return id;
  }

  /** The interviews of a visit, for its team only; each reading is logged. */
  @Transactional
  public List<Interview> interviews(Actor actor, String visitId) {
    teamVisit(actor, visitId);
    var list =
        jdbc.sql("select * from mon_interview where visit_id = ? order by interviewed_at")
            .param(visitId)
            .query(
                (rs, i) ->
                    new Interview(
                        rs.getString("id"),
                        rs.getString("notes"),
                        rs.getTimestamp("interviewed_at").toInstant(),
                        rs.getString("recorded_by"),
                        jdbc.sql(
                                "select complaint_id from mon_complaint_link where interview_id = ?"
                                    + " order by linked_at")
                            .param(rs.getString("id"))
                            .query(String.class)
                            .list()))
            .list();
    for (var i : list) {
      reads.log(actor, i.id(), PersonalDataReads.Purpose.DUTY, null);
    }
    return list;
  }

  /** Whether complaints can be raised here (the complaints module is present). */
  public boolean complaintsAvailable() {
    return complaints.getIfAvailable() != null;
  }

  /**
   * Turns an allegation heard in an interview into a complaint (module complaints, one action) and
   * links it to the interview; returns the complaint id.
   */
  @Transactional
  public String raiseComplaint(
      Actor actor,
      String visitId,
      String interviewId,
      @Nullable String allegation,
      @Nullable String recordId) {
    var visit = teamVisit(actor, visitId);
    var handOver = complaints.getIfAvailable();
    if (handOver == null) {
      throw new Problem(Problem.Kind.CONFLICT, "monitoring.complaintsUnavailable", List.of());
    }
    var text = blankToNull(allegation);
    if (text == null) {
      throw Problem.badField("allegation", "field.NotBlank");
    }
    if (text.length() > 4000) {
      throw Problem.badField("allegation", "field.Size", 1, 4000);
    }
    var exists =
        jdbc.sql("select count(*) from mon_interview where id = ? and visit_id = ?")
            .params(interviewId, visitId)
            .query(Long.class)
            .single();
    if (exists == 0) {
      throw Problem.notFound("monitoring.interviewNotFound");
    }
    var record = blankToNull(recordId);
    if (record != null && (!isUuid(record) || !records.maySee(actor, record))) {
      throw Problem.badField("recordId", "monitoring.unknownRecord");
    }
    var now = clock.instant();
    var complaintId = handOver.raise(actor, visit.facilityId(), text, record, now).toString();
    jdbc.sql(
            "insert into mon_complaint_link (interview_id, complaint_id, linked_at, linked_by)"
                + " values (?, ?, ?, ?)")
        .params(interviewId, complaintId, Timestamp.from(now), actor.username())
        .update();
    log.append(
        visitId,
        "AllegationHandedOver",
        now,
        visit.facilityId(),
        actor,
        Map.of("interviewId", interviewId, "complaintId", complaintId));
    // The visit's findings record that an allegation was heard and where it went, without the
    // interview's words, which stay with the team.
    var findingId = UUID.randomUUID().toString();
    var summary = "Allegation heard in a private interview, handed over as a complaint.";
    jdbc.sql(
            "insert into mon_finding (id, visit_id, facility_id, text, severity, record_id,"
                + " complaint_id, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            findingId,
            visitId,
            visit.facilityId(),
            summary,
            "high",
            record,
            complaintId,
            Timestamp.from(now),
            actor.username())
        .update();
    var payload = new LinkedHashMap<String, Object>();
    payload.put("findingId", findingId);
    payload.put("severity", "high");
    payload.put("text", summary);
    payload.put("complaintId", complaintId);
    if (record != null) {
      payload.put("recordId", record);
    }
    log.append(visitId, "FindingRecorded", now, visit.facilityId(), actor, payload);
    return complaintId;
  }

  private Visit teamVisit(Actor actor, String visitId) {
    var visit = get(actor, visitId);
    if (!visit.inTeam(actor.username())) {
      throw Problem.forbidden("monitoring.teamOnly");
    }
    return visit;
  }

  static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static boolean isUuid(String s) {
    try {
      return UUID.fromString(s).toString().equals(s.toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
