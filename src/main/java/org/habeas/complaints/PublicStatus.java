package org.habeas.complaints;

import java.time.Instant;

/** The public status: nothing personal, only where a complaint stands and since when. */
public record PublicStatus(
    String reference, ComplaintStatus status, Instant lodgedAt, Instant statusSince) {}
