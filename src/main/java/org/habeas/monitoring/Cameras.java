package org.habeas.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The video register: cameras per facility and room and their state as last checked. Which
 * questionings they covered is {@link CameraCoverage}'s.
 */
@Service
public class Cameras {

  private final CameraStore store;
  private final MonitoringLog log;
  private final Facilities facilities;
  private final Clock clock;

  Cameras(CameraStore store, MonitoringLog log, Facilities facilities, Clock clock) {
    this.store = store;
    this.log = log;
    this.facilities = facilities;
    this.clock = clock;
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
    // each of these added a problem above when it was null
    var facility = Objects.requireNonNull(facilityId, "facilityId");
    var room = Objects.requireNonNull(roomKind, "roomKind");
    var cameraLabel = Objects.requireNonNull(l, "label");
    var state = Objects.requireNonNull(status, "status");
    var id = UUID.randomUUID().toString();
    var now = clock.instant();
    store.insertCamera(id, facility, room, cameraLabel, now, actor.username());
    var payload = new LinkedHashMap<String, Object>();
    payload.put("facilityId", facility);
    payload.put("roomKind", room);
    payload.put("label", cameraLabel);
    log.append(id, "CameraRegistered", now, facility, actor, payload);
    insertCheck(actor, id, facility, state, retentionDays, null, visitId, now);
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
        store.facilityOf(cameraId).orElseThrow(() -> Problem.notFound("monitoring.cameraNotFound"));
    var problems = new ArrayList<FieldProblem>();
    checkState(status, retentionDays, problems);
    var n = Visits.blankToNull(note);
    if (n != null && n.length() > 2000) {
      problems.add(new FieldProblem("note", "field.Size", 0, 2000));
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    // checkState added a problem above when the status was null
    var state = Objects.requireNonNull(status, "status");
    insertCheck(actor, cameraId, facilityId, state, retentionDays, n, visitId, clock.instant());
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
    store.insertCheck(
        cameraId, status, retentionDays, Visits.blankToNull(visitId), note, now, actor.username());
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
    return store.ofFacility(facilityId);
  }
}
