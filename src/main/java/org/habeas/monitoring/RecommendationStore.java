package org.habeas.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The recommendations' tables: each recommendation with its status history, the focal points'
 * progress reports and their reviews, the follow-up visits' verifications and the agency each focal
 * point reports for.
 */
@Repository
class RecommendationStore {

  /** Each recommendation with the status it stands at. */
  static final String CURRENT =
      """
      select r.*, s.status, s.changed_at as status_at from mon_recommendation r
      join mon_rec_status s on s.rec_id = r.id
        and s.id = (select max(id) from mon_rec_status where rec_id = r.id)""";

  private static final String RECOMMENDATION = CURRENT + " where r.id = ?";

  private static final String OF_VISIT =
      CURRENT
          + " where r.finding_id in (select id from mon_finding where visit_id = ?)"
          + " order by r.issued_on";

  private static final String INSERT_RECOMMENDATION =
      """
      insert into mon_recommendation (id, source, source_document, paragraph, text_en, text_ru,
        text_kk, agency, deadline, theme, affected_group, sdg_targets, facility_id, finding_id,
        issued_on, created_at, created_by)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private static final String INSERT_STATUS =
      """
      insert into mon_rec_status (rec_id, status, note, changed_at, changed_by)
      values (?, ?, ?, ?, ?)""";

  private static final String HISTORY = "select * from mon_rec_status where rec_id = ? order by id";

  private static final String AGENCY_OF =
      "select agency from focal_point_agency where username = ?";

  private static final String UPDATE_AGENCY =
      "update focal_point_agency set agency = ? where username = ?";

  private static final String INSERT_AGENCY =
      "insert into focal_point_agency (username, agency) values (?, ?)";

  private static final String INSERT_PROGRESS =
      """
      insert into mon_progress (id, rec_id, actions_planned, actions_taken, proposed_status,
        reported_at, reported_by) values (?, ?, ?, ?, ?, ?, ?)""";

  private static final String PROGRESS_PROPOSAL =
      "select rec_id, proposed_status from mon_progress where id = ?";

  private static final String PROGRESS_OF =
      "select * from mon_progress where rec_id = ? order by reported_at, id";

  private static final String REVIEW_OF = "select * from mon_progress_review where progress_id = ?";

  private static final String INSERT_REVIEW =
      """
      insert into mon_progress_review (progress_id, accepted, note, reviewed_at, reviewed_by)
      values (?, ?, ?, ?, ?)""";

  private static final String INSERT_VERIFICATION =
      """
      insert into mon_verification (id, rec_id, visit_id, verdict, note, verified_at, verified_by)
      values (?, ?, ?, ?, ?, ?, ?)""";

  private static final String VERIFICATIONS =
      """
      select v.*, m.visit_date from mon_verification v join mon_visit m on m.id = v.visit_id
      where v.rec_id = ? order by v.verified_at""";

  private static final String ISSUE_DATES = "select distinct issued_on from mon_recommendation";

  private final JdbcClient jdbc;
  private final EvidenceStore evidence;

  RecommendationStore(JdbcClient jdbc, EvidenceStore evidence) {
    this.jdbc = jdbc;
    this.evidence = evidence;
  }

  /** Stores a new recommendation; its status time is when it was created. */
  void insert(Recommendation r, String by) {
    jdbc.sql(INSERT_RECOMMENDATION)
        .params(
            Arrays.<@Nullable Object>asList(
                r.id(),
                r.source(),
                r.sourceDocument(),
                r.paragraph(),
                r.textEn(),
                r.textRu(),
                r.textKk(),
                r.agency(),
                r.deadline(),
                r.theme(),
                r.affectedGroup(),
                r.sdgTargets(),
                r.facilityId(),
                r.findingId(),
                r.issuedOn(),
                Timestamp.from(r.statusAt()),
                by))
        .update();
  }

  void insertStatus(
      String id, RecommendationStatus status, @Nullable String note, Instant at, String by) {
    jdbc.sql(INSERT_STATUS)
        .params(Arrays.<@Nullable Object>asList(id, status.name(), note, Timestamp.from(at), by))
        .update();
  }

  Optional<Recommendation> find(String id) {
    return jdbc.sql(RECOMMENDATION).param(id).query(RecommendationStore::row).optional();
  }

  List<Recommendation> ofVisit(String visitId) {
    return jdbc.sql(OF_VISIT).param(visitId).query(RecommendationStore::row).list();
  }

  /** The recommendations a query selects, with its named parameters. */
  List<Recommendation> select(String sql, Map<String, Object> params) {
    var spec = jdbc.sql(sql);
    for (var e : params.entrySet()) {
      spec = spec.param(e.getKey(), e.getValue());
    }
    return spec.query(RecommendationStore::row).list();
  }

  List<LocalDate> issueDates() {
    // issued_on is not null
    return jdbc.sql(ISSUE_DATES).query((rs, i) -> rs.getObject(1, LocalDate.class)).list();
  }

  List<Recommendations.StatusChange> history(String id) {
    return jdbc.sql(HISTORY)
        .param(id)
        .query(
            (rs, i) ->
                new Recommendations.StatusChange(
                    RecommendationStatus.valueOf(rs.getString("status")),
                    rs.getString("note"),
                    rs.getTimestamp("changed_at").toInstant(),
                    rs.getString("changed_by")))
        .list();
  }

  Optional<String> agencyOf(String username) {
    return jdbc.sql(AGENCY_OF).param(username).query(String.class).optional();
  }

  void setAgency(String username, String agency) {
    if (jdbc.sql(UPDATE_AGENCY).params(agency, username).update() == 0) {
      jdbc.sql(INSERT_AGENCY).params(username, agency).update();
    }
  }

  void insertProgress(
      String id,
      String recId,
      @Nullable String planned,
      @Nullable String taken,
      RecommendationStatus proposed,
      Instant at,
      String by) {
    jdbc.sql(INSERT_PROGRESS)
        .params(
            Arrays.<@Nullable Object>asList(
                id, recId, planned, taken, proposed.name(), Timestamp.from(at), by))
        .update();
  }

  /** The recommendation a progress report is on, and the status it proposed. */
  Optional<Map.Entry<String, RecommendationStatus>> proposal(String progressId) {
    return jdbc.sql(PROGRESS_PROPOSAL)
        .param(progressId)
        .query((rs, i) -> Map.entry(rs.getString(1), RecommendationStatus.valueOf(rs.getString(2))))
        .optional();
  }

  List<Recommendations.Progress> progress(String recId) {
    return jdbc.sql(PROGRESS_OF)
        .param(recId)
        .query(
            (rs, i) -> {
              var pid = rs.getString("id");
              return new Recommendations.Progress(
                  pid,
                  rs.getString("actions_planned"),
                  rs.getString("actions_taken"),
                  RecommendationStatus.valueOf(rs.getString("proposed_status")),
                  rs.getTimestamp("reported_at").toInstant(),
                  rs.getString("reported_by"),
                  evidence.ofProgress(pid),
                  review(pid).orElse(null));
            })
        .list();
  }

  Optional<Recommendations.Review> review(String progressId) {
    return jdbc.sql(REVIEW_OF)
        .param(progressId)
        .query(
            (v, j) ->
                new Recommendations.Review(
                    v.getBoolean("accepted"),
                    v.getString("note"),
                    v.getTimestamp("reviewed_at").toInstant(),
                    v.getString("reviewed_by")))
        .optional();
  }

  void insertReview(
      String progressId, boolean accepted, @Nullable String note, Instant at, String by) {
    jdbc.sql(INSERT_REVIEW)
        .params(Arrays.<@Nullable Object>asList(progressId, accepted, note, Timestamp.from(at), by))
        .update();
  }

  void insertVerification(
      String id,
      String recId,
      String visitId,
      RecommendationStatus verdict,
      String note,
      Instant at,
      String by) {
    jdbc.sql(INSERT_VERIFICATION)
        .params(id, recId, visitId, verdict.name(), note, Timestamp.from(at), by)
        .update();
  }

  List<Recommendations.Verification> verifications(String recId) {
    return jdbc.sql(VERIFICATIONS)
        .param(recId)
        .query(
            (rs, i) ->
                new Recommendations.Verification(
                    rs.getString("id"),
                    rs.getString("visit_id"),
                    rs.getObject("visit_date", LocalDate.class),
                    RecommendationStatus.valueOf(rs.getString("verdict")),
                    rs.getString("note"),
                    rs.getTimestamp("verified_at").toInstant(),
                    rs.getString("verified_by")))
        .list();
  }

  private static Recommendation row(ResultSet rs, int i) throws SQLException {
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
