package org.habeas.system;

import java.time.Instant;
import java.util.List;

/**
 * A facility's cameras as the module that keeps the video register (monitoring) offers them to the
 * facility administration here: system cannot depend on monitoring, so monitoring implements this.
 */
public interface VideoRegister {

  /** A camera as last checked: the kind of room, its label, its status and when it was checked. */
  record CameraView(String roomKind, String label, String status, Instant checkedAt) {}

  /** The facility's cameras, as last checked. */
  List<CameraView> of(String facilityId);
}
