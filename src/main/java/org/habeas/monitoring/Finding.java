package org.habeas.monitoring;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a visit found, with its evidence and what it is linked to. */
public record Finding(
    String id,
    String visitId,
    String facilityId,
    String text,
    String severity,
    @Nullable String recordId,
    @Nullable String cameraId,
    @Nullable String complaintId,
    Instant recordedAt,
    String recordedBy,
    List<Evidence> evidence) {

  /** A stored evidence file (its bytes are served separately, after an access check). */
  public record Evidence(String id, String mediaType, String fileName, int size, String sha256) {
    public boolean image() {
      return mediaType.startsWith("image/");
    }
  }
}
