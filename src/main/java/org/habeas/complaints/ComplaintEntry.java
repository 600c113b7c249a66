package org.habeas.complaints;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a complaint's timeline, as stored and committed to the ledger; what it records is a
 * {@link ComplaintEvent}.
 *
 * @param seq its number in the complaint, 1 for the lodging
 * @param type e.g. {@code complaint.Lodged}, {@code complaint.StatusChanged}, {@code
 *     casefile.ActRecorded}
 * @param occurredAt when it happened
 * @param recordedAt when it was stored
 * @param actor who did it: a username, or {@code public}
 * @param details what was done (JSON object)
 */
public record ComplaintEntry(
    int seq,
    String type,
    Instant occurredAt,
    Instant recordedAt,
    String actor,
    Map<String, @Nullable Object> details) {

  public static final String LODGED = ComplaintEvent.Lodged.TYPE;
  public static final String TRIAGED = ComplaintEvent.Triaged.TYPE;
  public static final String ASSIGNED = ComplaintEvent.Assigned.TYPE;
  public static final String STATUS_CHANGED = ComplaintEvent.StatusChanged.TYPE;
  public static final String DOCUMENT_ADDED = ComplaintEvent.DocumentAdded.TYPE;

  /** A detail as text, or null. */
  public @Nullable String text(String key) {
    var v = details.get(key);
    return v == null ? null : v.toString();
  }
}
