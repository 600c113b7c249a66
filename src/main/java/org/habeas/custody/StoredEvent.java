package org.habeas.custody;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An event as the record keeps it: numbered, stamped with when the server stored it and by whom.
 *
 * @param seq the event's number in its record, in the order stored; 1 is the {@link Apprehended}
 * @param event what happened
 * @param recordedAt when the server stored the event
 * @param recordedBy the user who recorded it; absent only for an event not yet stored
 * @param leafIndex the event's leaf in the tamper-evident log, once it is committed there
 */
public record StoredEvent(
    int seq,
    CustodyEvent event,
    Instant recordedAt,
    @Nullable String recordedBy,
    @Nullable Long leafIndex) {

  /** The signal raised for an event recorded long after it says it happened. */
  public static final String LATE_ENTRY_RULE = "record.late-entry";

  /** How long after the event it may be recorded before it counts as a late entry. */
  public static final Duration LATE_ENTRY_AFTER = Duration.ofHours(1);

  /**
   * Whether the event was recorded more than an hour after it says it happened.
   *
   * <p>A back-dating signal, not an error: the IOPC found cell checks logged at the time of entry
   * rather than when done, and a paper log typed up later is legitimate but must show.
   */
  public boolean lateEntry() {
    return Duration.between(event.occurredAt(), recordedAt).compareTo(LATE_ENTRY_AFTER) > 0;
  }

  /** The API name of the event's type. */
  public String type() {
    return event.type();
  }

  /** The same stored event (seq, stamps, leaf) with the event itself shown otherwise. */
  StoredEvent with(CustodyEvent shown) {
    return new StoredEvent(seq, shown, recordedAt, recordedBy, leafIndex);
  }

  /** This event as committed to the tamper-evident log at the given leaf. */
  public StoredEvent withLeafIndex(long index) {
    return new StoredEvent(seq, event, recordedAt, recordedBy, index);
  }
}
