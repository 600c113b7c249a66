package org.habeas.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The findings of visits, each read with the evidence stored with it. */
@Repository
class FindingStore {

  private static final String INSERT_FINDING =
      """
      insert into mon_finding (id, visit_id, facility_id, text, severity, record_id, camera_id,
        complaint_id, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private static final String OF_VISIT =
      "select * from mon_finding where visit_id = ? order by recorded_at, id";

  private static final String FINDING = "select * from mon_finding where id = ?";

  private static final String OF_RECORD =
      "select * from mon_finding where record_id = ? order by recorded_at";

  private static final String CAMERA_AT_FACILITY =
      "select count(*) from mon_camera where id = ? and facility_id = ?";

  /** What a new finding row holds. */
  record Row(
      String id,
      String visitId,
      String facilityId,
      String text,
      String severity,
      @Nullable String recordId,
      @Nullable String cameraId,
      @Nullable String complaintId,
      Instant at,
      String by) {}

  private final JdbcClient jdbc;
  private final EvidenceStore evidence;

  FindingStore(JdbcClient jdbc, EvidenceStore evidence) {
    this.jdbc = jdbc;
    this.evidence = evidence;
  }

  void insert(Row f) {
    jdbc.sql(INSERT_FINDING)
        .params(
            Arrays.<@Nullable Object>asList(
                f.id(),
                f.visitId(),
                f.facilityId(),
                f.text(),
                f.severity(),
                f.recordId(),
                f.cameraId(),
                f.complaintId(),
                Timestamp.from(f.at()),
                f.by()))
        .update();
  }

  List<Finding> ofVisit(String visitId) {
    return jdbc.sql(OF_VISIT).param(visitId).query(this::findingRow).list();
  }

  Optional<Finding> find(String id) {
    return jdbc.sql(FINDING).param(id).query(this::findingRow).optional();
  }

  List<Finding> ofRecord(String recordId) {
    return jdbc.sql(OF_RECORD).param(recordId).query(this::findingRow).list();
  }

  boolean cameraAt(String cameraId, String facilityId) {
    return jdbc.sql(CAMERA_AT_FACILITY).params(cameraId, facilityId).query(Long.class).single() > 0;
  }

  private Finding findingRow(ResultSet rs, int i) throws SQLException {
    var id = rs.getString("id");
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
        evidence.ofFinding(id));
  }
}
