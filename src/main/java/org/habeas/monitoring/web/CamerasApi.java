package org.habeas.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.habeas.monitoring.Cameras;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The video register of a facility: each camera's room, status and when it was last checked. */
@RestController
@RequestMapping(path = "/api/v1/facilities", produces = "application/json")
@Tag(name = "Facilities", description = "Facilities and their video register")
class CamerasApi {

  /**
   * A camera as last checked.
   *
   * @param room the kind of room it watches: interrogation, corridor, cell, entrance, other
   * @param status working, broken, missing or blind-spot
   * @param retentionDays how long its recordings are kept, when known
   */
  record CameraJson(
      String id,
      String room,
      String label,
      String status,
      @Nullable Integer retentionDays,
      Instant checkedAt) {}

  private final Cameras cameras;
  private final Facilities facilities;

  CamerasApi(Cameras cameras, Facilities facilities) {
    this.cameras = cameras;
    this.facilities = facilities;
  }

  @GetMapping("/{id}/cameras")
  @Operation(
      summary = "A facility's video register",
      description =
          "Each camera: the room it watches, its status and when it was last checked. Monitors and"
              + " administrators read every facility's; prosecutors those of their region;"
              + " custody officers, investigators and doctors their own facility's. 404 for an"
              + " unknown facility.")
  List<CameraJson> cameras(Actor me, @PathVariable String id) {
    var facility =
        facilities.find(id).orElseThrow(() -> Problem.notFound("admin.facilities.unknown"));
    if (!Cameras.mayReadRegister(me, facility)) {
      throw Problem.forbidden("problem.forbidden");
    }
    return cameras.of(facility.id()).stream()
        .map(
            c ->
                new CameraJson(
                    c.id(), c.roomKind(), c.label(), c.status(), c.retentionDays(), c.checkedAt()))
        .toList();
  }
}
