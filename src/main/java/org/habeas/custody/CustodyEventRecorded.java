package org.habeas.custody;

import java.time.Instant;

/**
 * Published, inside the storing transaction, after each custody event is stored: other modules
 * (safeguards) update what they derive from the record without reaching into custody's tables.
 *
 * @param recordId the record
 * @param seq the stored event's sequence number
 * @param type the event type, e.g. {@code Released}
 * @param occurredAt when the event says it happened
 */
public record CustodyEventRecorded(String recordId, int seq, String type, Instant occurredAt) {}
