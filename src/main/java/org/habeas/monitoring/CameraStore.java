package org.habeas.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The video register's tables: each camera and every check of its state. */
@Repository
class CameraStore {

  private static final String INSERT_CAMERA =
      """
      insert into mon_camera (id, facility_id, room_kind, label, added_at, added_by)
      values (?, ?, ?, ?, ?, ?)""";

  private static final String FACILITY_OF = "select facility_id from mon_camera where id = ?";

  private static final String INSERT_CHECK =
      """
      insert into mon_camera_check (camera_id, status, retention_days, visit_id, note, checked_at,
        checked_by) values (?, ?, ?, ?, ?, ?, ?)""";

  private static final String CAMERAS =
      """
      select c.id, c.facility_id, c.room_kind, c.label, k.status, k.retention_days, k.checked_at,
        k.checked_by
      from mon_camera c join mon_camera_check k on k.camera_id = c.id
      where c.facility_id = ?
        and k.id = (select max(id) from mon_camera_check where camera_id = c.id)
      order by c.room_kind, c.label""";

  private static final String INTERROGATION_STATES_AT =
      """
      select k.status from mon_camera c join mon_camera_check k on k.camera_id = c.id
      where c.facility_id = ? and c.room_kind = 'interrogation'
        and k.id = (select max(id) from mon_camera_check where camera_id = c.id
          and checked_at <= ?)""";

  private final JdbcClient jdbc;

  CameraStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertCamera(
      String id, String facilityId, String roomKind, String label, Instant at, String by) {
    jdbc.sql(INSERT_CAMERA)
        .params(id, facilityId, roomKind, label, Timestamp.from(at), by)
        .update();
  }

  Optional<String> facilityOf(String cameraId) {
    return jdbc.sql(FACILITY_OF).param(cameraId).query(String.class).optional();
  }

  void insertCheck(
      String cameraId,
      String status,
      @Nullable Integer retentionDays,
      @Nullable String visitId,
      @Nullable String note,
      Instant at,
      String by) {
    jdbc.sql(INSERT_CHECK)
        .params(
            Arrays.<@Nullable Object>asList(
                cameraId, status, retentionDays, visitId, note, Timestamp.from(at), by))
        .update();
  }

  List<Camera> ofFacility(String facilityId) {
    return jdbc.sql(CAMERAS)
        .param(facilityId)
        .query(
            (rs, i) ->
                new Camera(
                    rs.getString("id"),
                    rs.getString("facility_id"),
                    rs.getString("room_kind"),
                    rs.getString("label"),
                    rs.getString("status"),
                    (Integer) rs.getObject("retention_days"),
                    rs.getTimestamp("checked_at").toInstant(),
                    rs.getString("checked_by")))
        .list();
  }

  /** The state each interrogation-room camera of a facility was last checked in by then. */
  List<String> interrogationStatesAt(String facilityId, Instant at) {
    return jdbc.sql(INTERROGATION_STATES_AT)
        .params(facilityId, Timestamp.from(at))
        .query((rs, n) -> rs.getString(1))
        .list();
  }
}
