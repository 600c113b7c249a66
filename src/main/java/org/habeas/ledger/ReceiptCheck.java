package org.habeas.ledger;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the public check says of an event printed on a detainee's copy: whether the log's current
 * signed tree still holds the printed leaf, whether the event as stored now still opens it, and
 * what became of the record since (a count of events, an erasure). Nothing personal.
 *
 * @param log what the log says of the printed leaf
 * @param stored what the stored event is now; {@link Stored#UNKNOWN} when {@code log} does not tie
 *     the leaf to the event (then nothing is told of the record)
 * @param eventsNow the events of the record the log committed to now (0 if unknown)
 * @param treeSize the size of the current signed checkpoint (0 if none)
 * @param erasedAt when the record was erased, or null
 */
public record ReceiptCheck(
    Log log, Stored stored, int eventsNow, long treeSize, @Nullable Instant erasedAt) {

  /** What the log says of the printed leaf. */
  public enum Log {
    /** The current signed checkpoint includes the printed leaf at its index, as stored. */
    HOLDS,
    /**
     * The signed tree includes the printed leaf, but the log's stored copy of the entry was altered
     * behind the application's back.
     */
    ENTRY_ALTERED,
    /** No event at that index is the printed one: the copy and this log disagree. */
    NOT_HELD,
    /**
     * The current checkpoint is smaller than when the copy was printed: the log was rolled back.
     */
    ROLLED_BACK,
    /** The log has no checkpoint that its own key verifies. */
    NO_CHECKPOINT
  }

  /** What the event as stored now is, against the printed leaf. */
  public enum Stored {
    UNALTERED,
    ALTERED,
    DELETED,
    ERASED,
    UNKNOWN
  }

  /** Whether the log's facts were tied to the record (so the record's facts may be told). */
  public boolean tied() {
    return stored != Stored.UNKNOWN;
  }

  /** How many events were added since the copy that printed {@code eventsOnCopy} (or fewer: <0). */
  public int addedSince(int eventsOnCopy) {
    return eventsNow - eventsOnCopy;
  }
}
