package org.habeas.monitoring;

import java.util.List;
import java.util.Objects;
import org.habeas.system.Actor;
import org.habeas.system.AdminActions;
import org.habeas.system.Role;
import org.habeas.system.VideoRegister;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The video register, offered to the facility administration (system). */
@Component
class FacilityVideoRegister implements VideoRegister {

  private final Cameras cameras;
  private final AdminActions audit;

  FacilityVideoRegister(Cameras cameras, AdminActions audit) {
    this.cameras = cameras;
    this.audit = audit;
  }

  @Override
  public List<CameraView> of(String facilityId) {
    return cameras.of(facilityId).stream()
        .map(c -> new CameraView(c.roomKind(), c.label(), c.status(), c.checkedAt()))
        .toList();
  }

  /** Adds the camera and, for an administrator, audits it in the same transaction. */
  @Override
  @Transactional
  public String register(
      Actor actor,
      String facilityId,
      @Nullable String roomKind,
      @Nullable String label,
      @Nullable String status,
      @Nullable Integer retentionDays) {
    var id = cameras.add(actor, facilityId, roomKind, label, status, retentionDays, null);
    if (actor.is(Role.ADMIN)) {
      audit.record(
          actor,
          AdminActions.Kind.CAMERA_REGISTERED,
          facilityId,
          "camera="
              + id
              + "; label="
              + Objects.requireNonNull(label).strip()
              + "; roomKind="
              + roomKind
              + "; status="
              + status);
    }
    return id;
  }

  @Override
  public List<String> roomKinds() {
    return Camera.ROOMS;
  }

  @Override
  public List<String> statuses() {
    return Camera.STATUSES;
  }
}
