package org.habeas.ledger;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A custody event in the form its commitment covers (docs/design/ledger-research.md §7.2): record,
 * sequence number, type, claimed time, recorded time, station, officer, the event's own fields, and
 * the previous event's commitment, encoded as deterministic CBOR.
 *
 * <p>The recorded time (when the application stored the event) was added after the first events
 * were logged: a back-dated {@code recorded_at} turns a late entry into an on-time one, so it must
 * be committed too. Events of streams that keep no recording time, and events logged before, have
 * none; their encoding leaves the field out, so every commitment made before still opens.
 *
 * <p>The previous commitment chains the events of one record, so an opening of the record shows if
 * any of its events was left out. It is null for a record's first event.
 *
 * <p>Two events are equal when their encodings are, since that is what the commitment sees.
 */
public record CanonicalEvent(
    UUID recordId,
    long eventSeq,
    String eventType,
    Instant claimedTime,
    @Nullable Instant recordedTime,
    String station,
    String officerId,
    Map<String, @Nullable Object> payload,
    byte @Nullable [] prevCommitment) {

  /** The number of fields of an encoding without the recorded time. */
  private static final int FIELDS = 8;

  /** Checks the sequence number and the previous commitment, and copies the payload. */
  public CanonicalEvent {
    if (eventSeq < 0) {
      throw new IllegalArgumentException("negative event sequence number");
    }
    if (prevCommitment != null && prevCommitment.length != LeafCommitments.LENGTH) {
      throw new IllegalArgumentException("previous commitment must be 32 bytes");
    }
    prevCommitment = prevCommitment == null ? null : prevCommitment.clone();
    // Encoding once fails fast on payload values that have no deterministic encoding.
    Cbor.encode(payload);
    payload = Collections.unmodifiableMap(new LinkedHashMap<>(payload));
  }

  /** An event without a recorded time (see the class comment). */
  public CanonicalEvent(
      UUID recordId,
      long eventSeq,
      String eventType,
      Instant claimedTime,
      String station,
      String officerId,
      Map<String, @Nullable Object> payload,
      byte @Nullable [] prevCommitment) {
    this(
        recordId,
        eventSeq,
        eventType,
        claimedTime,
        null,
        station,
        officerId,
        payload,
        prevCommitment);
  }

  /** Returns the deterministic CBOR encoding, the bytes the commitment is computed over. */
  public byte[] encode() {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("record_id", recordId.toString());
    map.put("event_seq", eventSeq);
    map.put("event_type", eventType);
    map.put("claimed_time", claimedTime.toString());
    if (recordedTime != null) {
      map.put("recorded_time", recordedTime.toString());
    }
    map.put("station", station);
    map.put("officer_id", officerId);
    map.put("payload", payload);
    map.put("prev_commitment", prevCommitment);
    return Cbor.encode(map);
  }

  /** Decodes an encoding made by {@link #encode}, rejecting every other byte string. */
  public static CanonicalEvent decode(byte[] canonical) {
    if (!(CborReader.decode(canonical) instanceof Map<?, ?> map)
        || map.size() != (map.containsKey("recorded_time") ? FIELDS + 1 : FIELDS)) {
      throw new IllegalArgumentException("not a canonical custody event");
    }
    try {
      CanonicalEvent event =
          new CanonicalEvent(
              UUID.fromString(field(map, "record_id", String.class)),
              field(map, "event_seq", Long.class),
              field(map, "event_type", String.class),
              Instant.parse(field(map, "claimed_time", String.class)),
              map.containsKey("recorded_time")
                  ? Instant.parse(field(map, "recorded_time", String.class))
                  : null,
              field(map, "station", String.class),
              field(map, "officer_id", String.class),
              payloadOf(map.get("payload")),
              map.get("prev_commitment") == null
                  ? null
                  : field(map, "prev_commitment", byte[].class));
      // UUID and Instant parsing tolerate variants; only the exact bytes may open a commitment.
      if (!Arrays.equals(event.encode(), canonical)) {
        throw new IllegalArgumentException("not a canonical custody event");
      }
      return event;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a canonical custody event", e);
    }
  }

  /** Returns a copy of the previous event's commitment, or null for a record's first event. */
  @Override
  public byte @Nullable [] prevCommitment() {
    return prevCommitment == null ? null : prevCommitment.clone();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CanonicalEvent that && Arrays.equals(encode(), that.encode());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encode());
  }

  private static <T> T field(Map<?, ?> map, String key, Class<T> type) {
    if (!type.isInstance(map.get(key))) {
      throw new IllegalArgumentException("custody event field " + key + " missing or mistyped");
    }
    return type.cast(map.get(key));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> payloadOf(@Nullable Object payload) {
    if (!(payload instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("custody event payload must be a map");
    }
    return (Map<String, @Nullable Object>) payload; // CborReader only yields text keys
  }
}
