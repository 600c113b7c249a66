package org.habeas.system;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A facility's cameras as the module that keeps the video register (monitoring) offers them to the
 * facility administration here: system cannot depend on monitoring, so monitoring implements this.
 */
public interface VideoRegister {

  /** A camera as last checked: the kind of room, its label, its status and when it was checked. */
  record CameraView(String roomKind, String label, String status, Instant checkedAt) {}

  /** The facility's cameras, as last checked. */
  List<CameraView> of(String facilityId);

  /**
   * Adds a camera to a facility's register with its first check, as an administrator (audited) or a
   * monitor; returns its id. Refuses other roles (403) and invalid input (400, every field problem
   * at once: roomKind, label, status, retentionDays).
   */
  String register(
      Actor actor,
      String facilityId,
      @Nullable String roomKind,
      @Nullable String label,
      @Nullable String status,
      @Nullable Integer retentionDays);

  /** The kinds of room a camera may watch, in the order a form offers them. */
  List<String> roomKinds();

  /** The states a camera may be in, in the order a form offers them. */
  List<String> statuses();
}
