package org.habeas.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Role;
import org.habeas.system.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations from every source, addressed to an agency, followed until implemented: the
 * commission (monitors) issues them and moves their status; each agency's focal points report
 * progress, which the commission validates; a follow-up visit verifies. Every issue and status
 * change is committed to the ledger.
 */
@Service
public class Recommendations {

  /**
   * What a list is narrowed to; blank fields do not narrow.
   *
   * @param overdue only open recommendations whose deadline has passed
   * @param q words the text (in any language), the source document or paragraph contains
   */
  public record Filter(
      @Nullable String source,
      @Nullable String agency,
      @Nullable String theme,
      @Nullable String facilityId,
      @Nullable Integer year,
      @Nullable RecommendationStatus status,
      boolean overdue,
      @Nullable String q) {

    /** The portal's filter: no deadline or search. */
    public Filter(
        @Nullable String source,
        @Nullable String agency,
        @Nullable String theme,
        @Nullable String facilityId,
        @Nullable Integer year,
        @Nullable RecommendationStatus status) {
      this(source, agency, theme, facilityId, year, status, false, null);
    }

    public static Filter none() {
      return new Filter(null, null, null, null, null, null);
    }
  }

  /** One status the recommendation was given. */
  public record StatusChange(
      RecommendationStatus status, @Nullable String note, Instant at, String by) {}

  /** A focal point's progress report and the commission's review of it. */
  public record Progress(
      String id,
      @Nullable String actionsPlanned,
      @Nullable String actionsTaken,
      RecommendationStatus proposedStatus,
      Instant at,
      String by,
      List<Finding.Evidence> evidence,
      @Nullable Review review) {}

  /** The commission's review of a progress report. */
  public record Review(boolean accepted, @Nullable String note, Instant at, String by) {}

  /** A follow-up visit's verdict. */
  public record Verification(
      String id,
      String visitId,
      LocalDate visitDate,
      RecommendationStatus verdict,
      @Nullable String note,
      Instant at,
      String by) {}

  private static final String CURRENT =
      "select r.*, s.status, s.changed_at as status_at from mon_recommendation r join"
          + " mon_rec_status s on s.rec_id = r.id and s.id = (select max(id) from mon_rec_status"
          + " where rec_id = r.id)";

  private final JdbcClient jdbc;
  private final MonitoringLog log;
  private final Facilities facilities;
  private final Visits visits;
  private final Clock clock;

  Recommendations(
      JdbcClient jdbc, MonitoringLog log, Facilities facilities, Visits visits, Clock clock) {
    this.jdbc = jdbc;
    this.log = log;
    this.facilities = facilities;
    this.visits = visits;
    this.clock = clock;
  }

  /** The same recommendations seen from another clock (demo data, tests); not transactional. */
  public Recommendations at(Clock other, Visits visitsAt) {
    return new Recommendations(jdbc, log, facilities, visitsAt, other);
  }

  // --- who may do what ---------------------------------------------------------------------

  /** The agency a focal point reports for, if one is set. */
  public Optional<String> agencyOf(String username) {
    return jdbc.sql("select agency from focal_point_agency where username = ?")
        .param(username)
        .query(String.class)
        .optional();
  }

  /** Sets the agency a focal point reports for (administrators; demo data). */
  @Transactional
  public void setAgency(Actor actor, String username, String agency) {
    if (!actor.is(Role.ADMIN)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
    assignAgency(username, agency);
  }

  void assignAgency(String username, String agency) {
    if (!Vocabulary.AGENCIES.contains(agency)) {
      throw Problem.badField("agency", "monitoring.badAgency");
    }
    var updated =
        jdbc.sql("update focal_point_agency set agency = ? where username = ?")
            .params(agency, username)
            .update();
    if (updated == 0) {
      jdbc.sql("insert into focal_point_agency (username, agency) values (?, ?)")
          .params(username, agency)
          .update();
    }
  }

  /** Whether the actor may read recommendations at all (monitors, focal points, administrators). */
  public static boolean mayRead(Actor actor) {
    return actor.is(Role.MONITOR) || actor.is(Role.FOCAL_POINT) || actor.is(Role.ADMIN);
  }

  private boolean maySee(Actor actor, Recommendation r) {
    if (actor.is(Role.MONITOR) || actor.is(Role.ADMIN)) {
      return true;
    }
    return actor.is(Role.FOCAL_POINT)
        && agencyOf(actor.username()).filter(r.agency()::equals).isPresent();
  }

  boolean mayReadProgress(Actor actor, String progressId) {
    var recId =
        jdbc.sql("select rec_id from mon_progress where id = ?")
            .param(progressId)
            .query(String.class)
            .optional();
    return recId.flatMap(this::find).filter(r -> maySee(actor, r)).isPresent();
  }

  // --- issuing -----------------------------------------------------------------------------

  /** Issues one recommendation (monitors); returns its id. */
  @Transactional
  public String issue(Actor actor, RecommendationForm form) {
    Visits.requireMonitor(actor);
    var problems = problems(form);
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    return store(actor, form);
  }

  /** What is wrong with a form, the finding it names included. */
  public List<FieldProblem> problems(RecommendationForm form) {
    var problems = new ArrayList<>(form.problems(facilityIds()));
    var finding = Visits.blankToNull(form.findingId());
    if (finding != null && visits.finding(finding).isEmpty()) {
      problems.add(new FieldProblem("findingId", "monitoring.unknownFinding"));
    }
    return problems;
  }

  public Set<String> facilityIds() {
    return facilities.all().stream().map(Facility::id).collect(Collectors.toSet());
  }

  /**
   * Imports rows all or nothing: if any row has a problem nothing is stored and the problems are
   * thrown, each named {@code rows[n].field}. Returns the ids issued.
   */
  @Transactional
  public List<String> importAll(Actor actor, List<RecommendationForm> rows) {
    Visits.requireMonitor(actor);
    var problems = new ArrayList<FieldProblem>();
    for (int i = 0; i < rows.size(); i++) {
      for (var p : problems(rows.get(i))) {
        problems.add(new FieldProblem("rows[" + (i + 1) + "]." + p.field(), p.code(), p.args()));
      }
    }
    if (rows.isEmpty()) {
      problems.add(new FieldProblem("rows", "monitoring.import.empty"));
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    return rows.stream().map(r -> store(actor, r)).toList();
  }

  private String store(Actor actor, RecommendationForm f) {
    var id = UUID.randomUUID().toString();
    var now = clock.instant();
    var facility = Visits.blankToNull(f.facilityId());
    var findingId = Visits.blankToNull(f.findingId());
    if (facility == null && findingId != null) {
      facility = visits.finding(findingId).map(Finding::facilityId).orElse(null);
    }
    var issued = RecommendationForm.date(f.issuedOn());
    var deadline = RecommendationForm.date(f.deadline());
    jdbc.sql(
            "insert into mon_recommendation (id, source, source_document, paragraph, text_en,"
                + " text_ru, text_kk, agency, deadline, theme, affected_group, sdg_targets,"
                + " facility_id, finding_id, issued_on, created_at, created_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            f.source(),
            Visits.blankToNull(f.sourceDocument()),
            Visits.blankToNull(f.paragraph()),
            Visits.blankToNull(f.textEn()),
            Visits.blankToNull(f.textRu()),
            Visits.blankToNull(f.textKk()),
            f.agency(),
            deadline,
            f.theme(),
            Visits.blankToNull(f.affectedGroup()),
            sdg(f.sdgTargets()),
            facility,
            findingId,
            issued,
            Timestamp.from(now),
            actor.username())
        .update();
    insertStatus(id, RecommendationStatus.NOT_STARTED, null, now, actor);
    var payload = new LinkedHashMap<String, Object>();
    for (var c : RecommendationForm.COLUMNS) {
      var v = value(f, c);
      if (v != null) {
        payload.put(c, v);
      }
    }
    log.append(id, "RecommendationIssued", now, station(facility), actor, payload);
    return id;
  }

  private static @Nullable String sdg(@Nullable String s) {
    if (RecommendationForm.blank(s)) {
      return null;
    }
    return java.util.Arrays.stream(s.split(","))
        .map(String::strip)
        .collect(Collectors.joining(","));
  }

  private static @Nullable String value(RecommendationForm f, String column) {
    var v =
        switch (column) {
          case "source" -> f.source();
          case "sourceDocument" -> f.sourceDocument();
          case "paragraph" -> f.paragraph();
          case "textEn" -> f.textEn();
          case "textRu" -> f.textRu();
          case "textKk" -> f.textKk();
          case "agency" -> f.agency();
          case "deadline" -> f.deadline();
          case "theme" -> f.theme();
          case "affectedGroup" -> f.affectedGroup();
          case "sdgTargets" -> f.sdgTargets();
          case "facilityId" -> f.facilityId();
          case "findingId" -> f.findingId();
          case "issuedOn" -> f.issuedOn();
          default -> null;
        };
    return Visits.blankToNull(v);
  }

  private static String station(@Nullable String facilityId) {
    return facilityId == null ? "monitoring" : facilityId;
  }

  private void insertStatus(
      String id, RecommendationStatus status, @Nullable String note, Instant now, Actor actor) {
    jdbc.sql(
            "insert into mon_rec_status (rec_id, status, note, changed_at, changed_by)"
                + " values (?, ?, ?, ?, ?)")
        .params(id, status.name(), note, Timestamp.from(now), actor.username())
        .update();
  }

  // --- status ------------------------------------------------------------------------------

  /** Moves a recommendation's status (monitors, with a note). */
  @Transactional
  public void changeStatus(
      Actor actor, String id, @Nullable RecommendationStatus status, @Nullable String note) {
    Visits.requireMonitor(actor);
    var r = get(actor, id);
    moveTo(actor, r, status, note, "StatusChanged");
  }

  private void moveTo(
      Actor actor,
      Recommendation r,
      @Nullable RecommendationStatus status,
      @Nullable String note,
      String type) {
    if (status == null) {
      throw Problem.badField("status", "field.NotNull");
    }
    if (!r.status().mayMoveTo(status)) {
      throw Problem.badField("status", "monitoring.badTransition", r.status(), status);
    }
    var n = Visits.blankToNull(note);
    if (n == null) {
      throw Problem.badField("note", "field.NotBlank");
    }
    if (n.length() > 2000) {
      throw Problem.badField("note", "field.Size", 1, 2000);
    }
    var now = clock.instant();
    insertStatus(r.id(), status, n, now, actor);
    var payload = new LinkedHashMap<String, Object>();
    payload.put("from", r.status().name());
    payload.put("to", status.name());
    payload.put("note", n);
    log.append(r.id(), type, now, station(r.facilityId()), actor, payload);
  }

  // --- progress ----------------------------------------------------------------------------

  /** A focal point reports progress on a recommendation of their agency; returns its id. */
  @Transactional
  public String report(
      Actor actor,
      String id,
      @Nullable String planned,
      @Nullable String taken,
      @Nullable RecommendationStatus proposed,
      List<Upload> files) {
    if (!actor.is(Role.FOCAL_POINT)) {
      throw Problem.forbidden("monitoring.focalPointOnly");
    }
    var r = get(actor, id);
    var problems = new ArrayList<FieldProblem>();
    var p = Visits.blankToNull(planned);
    var t = Visits.blankToNull(taken);
    if (p == null && t == null) {
      problems.add(new FieldProblem("actionsTaken", "monitoring.actionsNeeded"));
    }
    if (p != null && p.length() > 4000) {
      problems.add(new FieldProblem("actionsPlanned", "field.Size", 0, 4000));
    }
    if (t != null && t.length() > 4000) {
      problems.add(new FieldProblem("actionsTaken", "field.Size", 0, 4000));
    }
    if (proposed == null || proposed == RecommendationStatus.NOT_STARTED) {
      problems.add(new FieldProblem("proposedStatus", "monitoring.badProposal"));
    }
    var checked = new ArrayList<EvidenceFiles.Checked>();
    for (var f : files) {
      if (f.empty()) {
        continue;
      }
      try {
        checked.add(EvidenceFiles.check(f, visits.evidenceMaxBytes()));
      } catch (EvidenceFiles.Refused e) {
        problems.add(
            new FieldProblem("evidence", e.code(), visits.evidenceMaxBytes() / 1024 / 1024));
      }
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    var progressId = UUID.randomUUID().toString();
    var now = clock.instant();
    jdbc.sql(
            "insert into mon_progress (id, rec_id, actions_planned, actions_taken, proposed_status,"
                + " reported_at, reported_by) values (?, ?, ?, ?, ?, ?, ?)")
        .params(progressId, id, p, t, proposed.name(), Timestamp.from(now), actor.username())
        .update();
    var hashes = new ArrayList<String>();
    for (var c : checked) {
      visits.storeEvidence(actor, null, progressId, c, now);
      hashes.add(c.sha256());
    }
    var payload = new LinkedHashMap<String, Object>();
    payload.put("progressId", progressId);
    payload.put("proposedStatus", proposed.name());
    if (p != null) {
      payload.put("actionsPlanned", p);
    }
    if (t != null) {
      payload.put("actionsTaken", t);
    }
    payload.put("evidenceSha256", hashes);
    payload.put("evidence", EvidenceFiles.described(checked));
    log.append(id, "ProgressReported", now, station(r.facilityId()), actor, payload);
    return progressId;
  }

  /**
   * The commission reviews a progress report: accepted, the recommendation takes the proposed
   * status (if it differs); refused, the status stays. A report is reviewed once.
   */
  @Transactional
  public void review(Actor actor, String progressId, boolean accepted, @Nullable String note) {
    Visits.requireMonitor(actor);
    var row =
        jdbc.sql("select rec_id, proposed_status from mon_progress where id = ?")
            .param(progressId)
            .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
            .optional()
            .orElseThrow(() -> Problem.notFound("monitoring.progressNotFound"));
    var reviewed =
        jdbc.sql("select count(*) from mon_progress_review where progress_id = ?")
            .param(progressId)
            .query(Long.class)
            .single();
    if (reviewed > 0) {
      throw new Problem(Problem.Kind.CONFLICT, "monitoring.alreadyReviewed", List.of());
    }
    var n = Visits.blankToNull(note);
    if (!accepted && n == null) {
      throw Problem.badField("note", "field.NotBlank");
    }
    if (n != null && n.length() > 2000) {
      throw Problem.badField("note", "field.Size", 0, 2000);
    }
    var r = get(actor, row.getKey());
    var proposed = RecommendationStatus.valueOf(row.getValue());
    var now = clock.instant();
    jdbc.sql(
            "insert into mon_progress_review (progress_id, accepted, note, reviewed_at,"
                + " reviewed_by) values (?, ?, ?, ?, ?)")
        .params(progressId, accepted, n, Timestamp.from(now), actor.username())
        .update();
    var payload = new LinkedHashMap<String, Object>();
    payload.put("progressId", progressId);
    payload.put("accepted", accepted);
    if (n != null) {
      payload.put("note", n);
    }
    log.append(r.id(), "ProgressReviewed", now, station(r.facilityId()), actor, payload);
    if (accepted && proposed != r.status()) {
      moveTo(actor, r, proposed, n == null ? "progress report validated" : n, "StatusChanged");
    }
  }

  // --- verification ------------------------------------------------------------------------

  /** A follow-up visit verifies implementation; the verdict becomes the status if it differs. */
  @Transactional
  public void verify(
      Actor actor,
      String id,
      @Nullable String visitId,
      @Nullable RecommendationStatus verdict,
      @Nullable String note) {
    Visits.requireMonitor(actor);
    var r = get(actor, id);
    if (visitId == null || visits.find(visitId).isEmpty()) {
      throw Problem.badField("visitId", "monitoring.visitNotFound");
    }
    if (verdict == null || verdict == RecommendationStatus.NOT_ACCEPTED) {
      throw Problem.badField("verdict", "monitoring.badVerdict");
    }
    var n = Visits.blankToNull(note);
    if (n == null) {
      throw Problem.badField("note", "field.NotBlank");
    }
    if (n.length() > 2000) {
      throw Problem.badField("note", "field.Size", 1, 2000);
    }
    var vid = UUID.randomUUID().toString();
    var now = clock.instant();
    jdbc.sql(
            "insert into mon_verification (id, rec_id, visit_id, verdict, note, verified_at,"
                + " verified_by) values (?, ?, ?, ?, ?, ?, ?)")
        .params(vid, id, visitId, verdict.name(), n, Timestamp.from(now), actor.username())
        .update();
    log.append(
        id,
        "ImplementationVerified",
        now,
        station(r.facilityId()),
        actor,
        Map.of("visitId", visitId, "verdict", verdict.name(), "note", n));
    if (verdict != r.status()) {
      moveTo(actor, r, verdict, n, "StatusChanged");
    }
  }

  // --- reading -----------------------------------------------------------------------------

  public Recommendation get(Actor actor, String id) {
    var r = find(id).orElseThrow(() -> Problem.notFound("monitoring.recommendationNotFound"));
    if (!mayRead(actor) || !maySee(actor, r)) {
      throw Problem.notFound("monitoring.recommendationNotFound");
    }
    return r;
  }

  Optional<Recommendation> find(String id) {
    return jdbc.sql(CURRENT + " where r.id = ?").param(id).query(this::row).optional();
  }

  /** A page of the recommendations the actor may see (focal points: their agency's). */
  public List<Recommendation> list(Actor actor, Filter filter, int offset, int limit) {
    if (!mayRead(actor)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
    return query(scoped(actor, filter), offset, limit);
  }

  public long count(Actor actor, Filter filter) {
    if (!mayRead(actor)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
    return query(scoped(actor, filter), 0, Integer.MAX_VALUE).size();
  }

  /** The public portal's list: every recommendation, nothing confidential in it. */
  public List<Recommendation> published(Filter filter, int offset, int limit) {
    return query(filter, offset, limit);
  }

  public long publishedCount(Filter filter) {
    return query(filter, 0, Integer.MAX_VALUE).size();
  }

  private Filter scoped(Actor actor, Filter f) {
    if (actor.is(Role.FOCAL_POINT)) {
      var agency = agencyOf(actor.username()).orElse("-none-");
      return new Filter(
          f.source(), agency, f.theme(), f.facilityId(), f.year(), f.status(), f.overdue(), f.q());
    }
    return f;
  }

  private List<Recommendation> query(Filter f, int offset, int limit) {
    var sql = new StringBuilder("select * from (" + CURRENT + ") x where 1 = 1");
    var params = new LinkedHashMap<String, Object>();
    if (!RecommendationForm.blank(f.source())) {
      sql.append(" and x.source = :source");
      params.put("source", f.source());
    }
    if (!RecommendationForm.blank(f.agency())) {
      sql.append(" and x.agency = :agency");
      params.put("agency", f.agency());
    }
    if (!RecommendationForm.blank(f.theme())) {
      sql.append(" and x.theme = :theme");
      params.put("theme", f.theme());
    }
    if (!RecommendationForm.blank(f.facilityId())) {
      sql.append(" and x.facility_id = :facility");
      params.put("facility", f.facilityId());
    }
    if (f.year() != null) {
      sql.append(" and x.issued_on >= :fromDate and x.issued_on < :toDate");
      params.put("fromDate", LocalDate.of(f.year(), 1, 1));
      params.put("toDate", LocalDate.of(f.year() + 1, 1, 1));
    }
    if (f.status() != null) {
      sql.append(" and x.status = :status");
      params.put("status", f.status().name());
    }
    if (f.overdue()) {
      var open =
          java.util.Arrays.stream(RecommendationStatus.values())
              .filter(RecommendationStatus::open)
              .map(st -> "'" + st.name() + "'")
              .collect(java.util.stream.Collectors.joining(", "));
      sql.append(" and x.deadline < :today and x.status in (").append(open).append(')');
      params.put("today", LocalDate.now(clock));
    }
    if (!RecommendationForm.blank(f.q())) {
      var words =
          org.habeas.system.PlainText.checked("q", f.q())
              .strip()
              .toLowerCase(java.util.Locale.ROOT)
              .split("\\s+");
      for (int i = 0; i < Math.min(words.length, 8); i++) {
        sql.append(" and lower(concat(coalesce(x.text_en, ''), ' ', coalesce(x.text_ru, ''), ' ',")
            .append(" coalesce(x.text_kk, ''), ' ', coalesce(x.source_document, ''), ' ',")
            .append(" coalesce(x.paragraph, ''))) like :w")
            .append(i)
            .append(" escape '\\'");
        params.put(
            "w" + i,
            "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      }
    }
    sql.append(" order by x.issued_on desc, x.created_at desc, x.id");
    if (limit != Integer.MAX_VALUE) {
      sql.append(" limit :limit offset :offset");
      params.put("limit", limit);
      params.put("offset", offset);
    }
    var spec = jdbc.sql(sql.toString());
    for (var e : params.entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    return spec.query(this::row).list();
  }

  /** The years recommendations were issued in, newest first (for the portal's filter). */
  public List<Integer> years() {
    return jdbc
        .sql("select distinct issued_on from mon_recommendation")
        .query(LocalDate.class)
        .list()
        .stream()
        .map(LocalDate::getYear)
        .distinct()
        .sorted(java.util.Comparator.reverseOrder())
        .toList();
  }

  /** For statistics: how many recommendations stand at each status, per agency. */
  public Map<String, Map<RecommendationStatus, Long>> countsByStatusAndAgency() {
    var out = new TreeMap<String, Map<RecommendationStatus, Long>>();
    for (var r : query(Filter.none(), 0, Integer.MAX_VALUE)) {
      out.computeIfAbsent(r.agency(), a -> new EnumMap<>(RecommendationStatus.class))
          .merge(r.status(), 1L, Long::sum);
    }
    return out;
  }

  /** Every recommendation, for the statistics. */
  List<Recommendation> all() {
    return query(Filter.none(), 0, Integer.MAX_VALUE);
  }

  /** Open recommendations with a deadline, for the reminders. */
  List<Recommendation> openWithDeadline() {
    return query(Filter.none(), 0, Integer.MAX_VALUE).stream()
        .filter(r -> r.status().open() && r.deadline() != null)
        .toList();
  }

  public List<StatusChange> history(String id) {
    return jdbc.sql("select * from mon_rec_status where rec_id = ? order by id")
        .param(id)
        .query(
            (rs, i) ->
                new StatusChange(
                    RecommendationStatus.valueOf(rs.getString("status")),
                    rs.getString("note"),
                    rs.getTimestamp("changed_at").toInstant(),
                    rs.getString("changed_by")))
        .list();
  }

  public List<Progress> progress(String id) {
    return jdbc.sql("select * from mon_progress where rec_id = ? order by reported_at, id")
        .param(id)
        .query(
            (rs, i) -> {
              var pid = rs.getString("id");
              return new Progress(
                  pid,
                  rs.getString("actions_planned"),
                  rs.getString("actions_taken"),
                  RecommendationStatus.valueOf(rs.getString("proposed_status")),
                  rs.getTimestamp("reported_at").toInstant(),
                  rs.getString("reported_by"),
                  jdbc.sql(
                          "select id, media_type, file_name, size_bytes, sha256 from mon_evidence"
                              + " where progress_id = ? order by added_at, id")
                      .param(pid)
                      .query(
                          (e, j) ->
                              new Finding.Evidence(
                                  e.getString("id"),
                                  e.getString("media_type"),
                                  e.getString("file_name"),
                                  e.getInt("size_bytes"),
                                  e.getString("sha256")))
                      .list(),
                  jdbc.sql("select * from mon_progress_review where progress_id = ?")
                      .param(pid)
                      .query(
                          (v, j) ->
                              new Review(
                                  v.getBoolean("accepted"),
                                  v.getString("note"),
                                  v.getTimestamp("reviewed_at").toInstant(),
                                  v.getString("reviewed_by")))
                      .optional()
                      .orElse(null));
            })
        .list();
  }

  public List<Verification> verifications(String id) {
    return jdbc.sql(
            "select v.*, m.visit_date from mon_verification v join mon_visit m on m.id ="
                + " v.visit_id where v.rec_id = ? order by v.verified_at")
        .param(id)
        .query(
            (rs, i) ->
                new Verification(
                    rs.getString("id"),
                    rs.getString("visit_id"),
                    rs.getObject("visit_date", LocalDate.class),
                    RecommendationStatus.valueOf(rs.getString("verdict")),
                    rs.getString("note"),
                    rs.getTimestamp("verified_at").toInstant(),
                    rs.getString("verified_by")))
        .list();
  }

  /** Recommendations that follow from a visit's findings. */
  public List<Recommendation> ofVisit(String visitId) {
    return jdbc.sql(
            CURRENT
                + " where r.finding_id in (select id from mon_finding where visit_id = ?)"
                + " order by r.issued_on")
        .param(visitId)
        .query(this::row)
        .list();
  }

  private Recommendation row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new Recommendation(
        rs.getString("id"),
        rs.getString("source"),
        rs.getString("source_document"),
        rs.getString("paragraph"),
        rs.getString("text_en"),
        rs.getString("text_ru"),
        rs.getString("text_kk"),
        rs.getString("agency"),
        rs.getObject("deadline", LocalDate.class),
        rs.getString("theme"),
        rs.getString("affected_group"),
        rs.getString("sdg_targets"),
        rs.getString("facility_id"),
        rs.getString("finding_id"),
        rs.getObject("issued_on", LocalDate.class),
        RecommendationStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("status_at").toInstant());
  }
}
