package org.habeas.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The visits' tables: the visit and its team, the checklist answers, the sampled records and the
 * private interviews with the complaints they were handed over as.
 */
@Repository
class VisitStore {

  private static final String INSERT_VISIT =
      """
      insert into mon_visit (id, facility_id, visit_date, announced, made, purpose, created_by,
        created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""";

  private static final String INSERT_MEMBER =
      "insert into mon_visit_member (visit_id, username) values (?, ?)";

  private static final String VISITS =
      """
      select * from mon_visit order by visit_date desc, created_at desc
      limit :limit offset :offset""";

  private static final String VISITS_OF_FACILITY =
      """
      select * from mon_visit where facility_id = :f order by visit_date desc, created_at desc
      limit :limit offset :offset""";

  private static final String COUNT = "select count(*) from mon_visit";

  private static final String COUNT_OF_FACILITY =
      "select count(*) from mon_visit where facility_id = ?";

  private static final String VISIT = "select * from mon_visit where id = ?";

  private static final String TEAM =
      "select username from mon_visit_member where visit_id = ? order by username";

  private static final String INSERT_ANSWER =
      """
      insert into mon_answer (visit_id, item, answer, note, answered_at, answered_by)
      values (?, ?, ?, ?, ?, ?)""";

  private static final String ANSWERS = "select * from mon_answer where visit_id = ? order by id";

  private static final String INSERT_SAMPLE =
      """
      insert into mon_sample (visit_id, record_id, position, seed, period_from, period_to,
        drawn_at, drawn_by) values (?, ?, ?, ?, ?, ?, ?, ?)""";

  private static final String SAMPLED_IDS =
      "select record_id from mon_sample where visit_id = ? order by position";

  private static final String SAMPLES =
      "select record_id, position, seed from mon_sample where visit_id = ? order by position";

  private static final String INSERT_INTERVIEW =
      """
      insert into mon_interview (id, visit_id, notes, interviewed_at, recorded_by)
      values (?, ?, ?, ?, ?)""";

  private static final String INTERVIEWS =
      "select * from mon_interview where visit_id = ? order by interviewed_at";

  private static final String INTERVIEW_OF_VISIT =
      "select count(*) from mon_interview where id = ? and visit_id = ?";

  private static final String COMPLAINTS_OF_INTERVIEW =
      "select complaint_id from mon_complaint_link where interview_id = ? order by linked_at";

  private static final String INSERT_COMPLAINT_LINK =
      """
      insert into mon_complaint_link (interview_id, complaint_id, linked_at, linked_by)
      values (?, ?, ?, ?)""";

  /** A sampled record's place in the draw. */
  record Sample(String recordId, int position, long seed) {}

  private final JdbcClient jdbc;
  private final Facilities facilities;

  VisitStore(JdbcClient jdbc, Facilities facilities) {
    this.jdbc = jdbc;
    this.facilities = facilities;
  }

  void insertVisit(
      String id,
      String facilityId,
      LocalDate date,
      boolean announced,
      boolean made,
      @Nullable String purpose,
      String by,
      Instant at) {
    jdbc.sql(INSERT_VISIT)
        .params(
            Arrays.<@Nullable Object>asList(
                id, facilityId, date, announced, made, purpose, by, Timestamp.from(at)))
        .update();
  }

  void insertMember(String visitId, String username) {
    jdbc.sql(INSERT_MEMBER).params(visitId, username).update();
  }

  List<Visit> visits(@Nullable String facilityId, int offset, int limit) {
    var spec =
        facilityId == null || facilityId.isBlank()
            ? jdbc.sql(VISITS)
            : jdbc.sql(VISITS_OF_FACILITY).param("f", facilityId);
    return spec.param("limit", limit).param("offset", offset).query(this::visitRow).list();
  }

  long count(@Nullable String facilityId) {
    return facilityId == null || facilityId.isBlank()
        ? jdbc.sql(COUNT).query(Long.class).single()
        : jdbc.sql(COUNT_OF_FACILITY).param(facilityId).query(Long.class).single();
  }

  Optional<Visit> find(String id) {
    return jdbc.sql(VISIT).param(id).query(this::visitRow).optional();
  }

  private Visit visitRow(ResultSet rs, int i) throws SQLException {
    var id = rs.getString("id");
    var facilityId = rs.getString("facility_id");
    var team = jdbc.sql(TEAM).param(id).query((c, n) -> c.getString(1)).list();
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

  void insertAnswer(
      String visitId,
      String item,
      Checklist.Answer answer,
      @Nullable String note,
      Instant at,
      String by) {
    jdbc.sql(INSERT_ANSWER)
        .params(
            Arrays.<@Nullable Object>asList(
                visitId, item, answer.name(), note, Timestamp.from(at), by))
        .update();
  }

  /** Every answer given, oldest first. */
  List<Checklists.AnswerRow> answers(String visitId) {
    return jdbc.sql(ANSWERS)
        .param(visitId)
        .query(
            (rs, i) ->
                new Checklists.AnswerRow(
                    rs.getString("item"),
                    Checklist.Answer.valueOf(rs.getString("answer")),
                    rs.getString("note"),
                    rs.getTimestamp("answered_at").toInstant(),
                    rs.getString("answered_by")))
        .list();
  }

  void insertSample(
      String visitId,
      String recordId,
      int position,
      long seed,
      LocalDate from,
      LocalDate to,
      Instant at,
      String by) {
    jdbc.sql(INSERT_SAMPLE)
        .params(visitId, recordId, position, seed, from, to, Timestamp.from(at), by)
        .update();
  }

  List<String> sampledIds(String visitId) {
    return jdbc.sql(SAMPLED_IDS).param(visitId).query((c, n) -> c.getString(1)).list();
  }

  List<Sample> samples(String visitId) {
    return jdbc.sql(SAMPLES)
        .param(visitId)
        .query(
            (rs, i) ->
                new Sample(rs.getString("record_id"), rs.getInt("position"), rs.getLong("seed")))
        .list();
  }

  void insertInterview(String id, String visitId, String notes, Instant at, String by) {
    jdbc.sql(INSERT_INTERVIEW).params(id, visitId, notes, Timestamp.from(at), by).update();
  }

  List<Interviews.Interview> interviews(String visitId) {
    return jdbc.sql(INTERVIEWS)
        .param(visitId)
        .query(
            (rs, i) ->
                new Interviews.Interview(
                    rs.getString("id"),
                    rs.getString("notes"),
                    rs.getTimestamp("interviewed_at").toInstant(),
                    rs.getString("recorded_by"),
                    jdbc.sql(COMPLAINTS_OF_INTERVIEW)
                        .param(rs.getString("id"))
                        .query((c, n) -> c.getString(1))
                        .list()))
        .list();
  }

  boolean interviewOf(String interviewId, String visitId) {
    return jdbc.sql(INTERVIEW_OF_VISIT).params(interviewId, visitId).query(Long.class).single() > 0;
  }

  void insertComplaintLink(String interviewId, String complaintId, Instant at, String by) {
    jdbc.sql(INSERT_COMPLAINT_LINK)
        .params(interviewId, complaintId, Timestamp.from(at), by)
        .update();
  }
}
