package org.habeas.monitoring;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A camera of the video register as last checked. */
public record Camera(
    String id,
    String facilityId,
    String roomKind,
    String label,
    String status,
    @Nullable Integer retentionDays,
    Instant checkedAt,
    String checkedBy) {

  /** Kinds of room a camera watches. */
  public static final List<String> ROOMS =
      List.of("interrogation", "corridor", "cell", "entrance", "other");

  /** A camera's state. */
  public static final List<String> STATUSES = List.of("working", "broken", "missing", "blind-spot");

  public boolean working() {
    return "working".equals(status);
  }
}
