package org.habeas.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored custody event as the ledger commits to it, handed over by the custody module in the
 * transaction that stores the event.
 *
 * @param recordId the custody record's id, a UUID
 * @param seq the event's number in its record, 1 for the opening event
 * @param type the event's API type name
 * @param occurredAt when the event says it happened (the claimed time)
 * @param recordedAt when the application stored it, where the stored row keeps that time (it shows
 *     whether an entry was late); null for streams whose rows keep no recording time
 * @param station the facility the record is at once the event is applied
 * @param officer the user who recorded the event
 * @param payload the event itself, committed as the JSON the application stores for it
 */
public record LedgerEvent(
    String recordId,
    int seq,
    String type,
    Instant occurredAt,
    @Nullable Instant recordedAt,
    String station,
    String officer,
    Object payload) {

  /** Checks that the record id is a UUID and the sequence number starts at 1. */
  public LedgerEvent {
    UUID.fromString(recordId);
    if (seq < 1) {
      throw new IllegalArgumentException("event seq must be at least 1, was " + seq);
    }
  }

  /** An event of a stream whose rows keep no recording time of their own. */
  public LedgerEvent(
      String recordId,
      int seq,
      String type,
      Instant occurredAt,
      String station,
      String officer,
      Object payload) {
    this(recordId, seq, type, occurredAt, null, station, officer, payload);
  }

  /**
   * Returns the id that the event's opening key is derived from: see {@link #eventId(String, int)}.
   */
  public UUID eventId() {
    return eventId(recordId, seq);
  }

  /**
   * Returns the id of event {@code seq} of a record: the name-based UUID of {@code
   * "habeas/custody-event/<recordId>/<seq>"}, so that the id needs no storage and anyone holding
   * the record key can derive every event key (LeafCommitments.eventKey).
   */
  public static UUID eventId(String recordId, int seq) {
    return UUID.nameUUIDFromBytes(
        ("habeas/custody-event/" + recordId + "/" + seq).getBytes(StandardCharsets.UTF_8));
  }
}
