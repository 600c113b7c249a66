package org.habeas.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.habeas.custody.Apprehended;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.InterrogationStarted;
import org.habeas.custody.RecordFilter;
import org.habeas.custody.StoredEvent;
import org.habeas.custody.Transferred;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The video register: cameras per facility and room, their state as last checked, and which
 * questionings took place while the facility had no working camera in an interrogation room.
 *
 * <p>Simplification: a custody event does not name the room a questioning took place in ({@code
 * InterrogationStarted} has no room), so a questioning counts as covered when, at its start, at
 * least one interrogation-room camera of the facility the person was held at was working.
 */
@Service
public class Cameras {

  /**
   * A questioning and whether a working interrogation-room camera covered it.
   *
   * @param registered whether the facility had any interrogation-room camera on the register then
   */
  public record Questioning(
      String recordId,
      int seq,
      Instant startedAt,
      String facilityId,
      boolean covered,
      boolean registered) {}

  private final JdbcClient jdbc;
  private final MonitoringLog log;
  private final Facilities facilities;
  private final CustodyRecords records;
  private final Clock clock;

  Cameras(
      JdbcClient jdbc,
      MonitoringLog log,
      Facilities facilities,
      CustodyRecords records,
      Clock clock) {
    this.jdbc = jdbc;
    this.log = log;
    this.facilities = facilities;
    this.records = records;
    this.clock = clock;
  }

  /** The same register seen from another clock (demo data, tests); not transactional by itself. */
  public Cameras at(Clock other) {
    return new Cameras(jdbc, log, facilities, records, other);
  }

  /**
   * Adds a camera to the register with its first check; returns its id. Monitors and administrators
   * may ({@link #mayRegister}).
   */
  @Transactional
  public String add(
      Actor actor,
      @Nullable String facilityId,
      @Nullable String roomKind,
      @Nullable String label,
      @Nullable String status,
      @Nullable Integer retentionDays,
      @Nullable String visitId) {
    if (!mayRegister(actor)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
    var problems = new ArrayList<FieldProblem>();
    if (facilityId == null || facilities.find(facilityId).isEmpty()) {
      problems.add(new FieldProblem("facilityId", "monitoring.unknownFacility"));
    }
    if (roomKind == null || !Camera.ROOMS.contains(roomKind)) {
      problems.add(new FieldProblem("roomKind", "monitoring.badRoom"));
    }
    var l = Visits.blankToNull(label);
    if (l == null) {
      problems.add(new FieldProblem("label", "field.NotBlank"));
    } else if (l.length() > 200) {
      problems.add(new FieldProblem("label", "field.Size", 1, 200));
    }
    checkState(status, retentionDays, problems);
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    var id = UUID.randomUUID().toString();
    var now = clock.instant();
    jdbc.sql(
            "insert into mon_camera (id, facility_id, room_kind, label, added_at, added_by)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(id, facilityId, roomKind, l, Timestamp.from(now), actor.username())
        .update();
    var payload = new LinkedHashMap<String, Object>();
    payload.put("facilityId", facilityId);
    payload.put("roomKind", roomKind);
    payload.put("label", l);
    log.append(id, "CameraRegistered", now, facilityId, actor, payload);
    insertCheck(actor, id, facilityId, status, retentionDays, null, visitId, now);
    return id;
  }

  /** Records a check of a camera's state (during a visit, or otherwise). */
  @Transactional
  public void check(
      Actor actor,
      String cameraId,
      @Nullable String status,
      @Nullable Integer retentionDays,
      @Nullable String note,
      @Nullable String visitId) {
    Visits.requireMonitor(actor);
    var facilityId =
        jdbc.sql("select facility_id from mon_camera where id = ?")
            .param(cameraId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> Problem.notFound("monitoring.cameraNotFound"));
    var problems = new ArrayList<FieldProblem>();
    checkState(status, retentionDays, problems);
    var n = Visits.blankToNull(note);
    if (n != null && n.length() > 2000) {
      problems.add(new FieldProblem("note", "field.Size", 0, 2000));
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    insertCheck(actor, cameraId, facilityId, status, retentionDays, n, visitId, clock.instant());
  }

  private static void checkState(
      @Nullable String status, @Nullable Integer retentionDays, List<FieldProblem> problems) {
    if (status == null || !Camera.STATUSES.contains(status)) {
      problems.add(new FieldProblem("status", "monitoring.badCameraStatus"));
    }
    if (retentionDays != null && (retentionDays < 0 || retentionDays > 3650)) {
      problems.add(new FieldProblem("retentionDays", "field.Range", 0, 3650));
    }
  }

  private void insertCheck(
      Actor actor,
      String cameraId,
      String facilityId,
      String status,
      @Nullable Integer retentionDays,
      @Nullable String note,
      @Nullable String visitId,
      Instant now) {
    jdbc.sql(
            "insert into mon_camera_check (camera_id, status, retention_days, visit_id, note,"
                + " checked_at, checked_by) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            cameraId,
            status,
            retentionDays,
            Visits.blankToNull(visitId),
            note,
            Timestamp.from(now),
            actor.username())
        .update();
    var payload = new LinkedHashMap<String, Object>();
    payload.put("status", status);
    if (retentionDays != null) {
      payload.put("retentionDays", retentionDays);
    }
    if (visitId != null) {
      payload.put("visitId", visitId);
    }
    payload.put("note", note);
    log.append(cameraId, "CameraChecked", now, facilityId, actor, payload);
  }

  /**
   * Whether the actor may add a camera to a facility's register: monitors (during a visit or
   * otherwise) and administrators (who keep the facilities). Checks stay the monitors'.
   */
  public static boolean mayRegister(Actor actor) {
    return switch (actor.role()) {
      case MONITOR, ADMIN -> true;
      default -> false;
    };
  }

  /**
   * Whether the actor may read a facility's video register: monitors and administrators every
   * facility's, a prosecutor those of their region, custody officers, investigators and doctors
   * their own facility's. The API and any page ask here.
   */
  public static boolean mayReadRegister(Actor actor, Facility facility) {
    return switch (actor.role()) {
      case MONITOR, ADMIN -> true;
      case PROSECUTOR -> facility.regionCode().equals(actor.regionCode());
      case CUSTODY_OFFICER, INVESTIGATOR, DOCTOR -> facility.id().equals(actor.facilityId());
      default -> false;
    };
  }

  /** The cameras of a facility as last checked. */
  public List<Camera> of(String facilityId) {
    return jdbc.sql(
            "select c.id, c.facility_id, c.room_kind, c.label, k.status, k.retention_days,"
                + " k.checked_at, k.checked_by from mon_camera c join mon_camera_check k"
                + " on k.camera_id = c.id where c.facility_id = ? and k.id = (select max(id)"
                + " from mon_camera_check where camera_id = c.id) order by c.room_kind, c.label")
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

  /**
   * Whether a working interrogation-room camera covered the facility at {@code at}: the key is
   * whether any such camera was registered by then, the value whether one of them was working.
   */
  public Map.Entry<Boolean, Boolean> coverage(String facilityId, Instant at) {
    var states =
        jdbc.sql(
                "select k.status from mon_camera c join mon_camera_check k on k.camera_id = c.id"
                    + " where c.facility_id = ? and c.room_kind = 'interrogation'"
                    + " and k.id = (select max(id) from mon_camera_check where camera_id = c.id"
                    + " and checked_at <= ?)")
            .params(facilityId, Timestamp.from(at))
            .query(String.class)
            .list();
    return Map.entry(!states.isEmpty(), states.contains("working"));
  }

  /** Every questioning of a record with its camera coverage (no access check: no personal data). */
  public List<Questioning> questionings(String recordId) {
    return questionings(recordId, records.history(recordId));
  }

  /**
   * As {@link #questionings(String)}, for a record whose events (system form) the caller has read
   * already: the record page.
   */
  public List<Questioning> questionings(String recordId, List<StoredEvent> history) {
    var out = new ArrayList<Questioning>();
    String facility = null;
    var events = new ArrayList<StoredEvent>(history);
    events.sort(java.util.Comparator.comparing((StoredEvent e) -> e.event().occurredAt()));
    for (var e : events) {
      switch (e.event()) {
        case Apprehended a -> facility = a.facilityId();
        case ArrivedAtFacility a -> facility = a.facilityId();
        case Transferred t -> facility = t.toFacilityId();
        case InterrogationStarted q -> {
          if (facility != null) {
            var c = coverage(facility, q.occurredAt());
            out.add(
                new Questioning(
                    recordId, e.seq(), q.occurredAt(), facility, c.getValue(), c.getKey()));
          }
        }
        default -> {}
      }
    }
    return out;
  }

  /**
   * Questionings that no working interrogation-room camera covered, at one facility (or all the
   * actor may list) between two instants; for the statistics module.
   */
  public List<Questioning> uncoveredQuestionings(
      Actor actor, @Nullable String facilityId, Instant from, Instant to) {
    var out = new ArrayList<Questioning>();
    var filter = new RecordFilter(facilityId, null, null, "apprehended");
    for (int page = 0; ; page++) {
      var batch = records.list(actor, filter, page, 500);
      for (var r : batch) {
        if (r.apprehendedAt().isBefore(to)
            && (r.closedAt() == null || !r.closedAt().isBefore(from))) {
          for (var q : questionings(r.id())) {
            if (!q.covered() && !q.startedAt().isBefore(from) && q.startedAt().isBefore(to)) {
              out.add(q);
            }
          }
        }
      }
      if (batch.size() < 500) {
        break;
      }
    }
    return out;
  }
}
