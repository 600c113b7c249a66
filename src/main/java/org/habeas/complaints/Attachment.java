package org.habeas.complaints;

import java.time.Instant;
import java.util.UUID;

/** A document kept with a complaint (its bytes are fetched separately, after an access check). */
public record Attachment(
    UUID id,
    int seq,
    String filename,
    String mediaType,
    long sizeBytes,
    String sha256,
    Instant addedAt,
    String addedBy) {}
