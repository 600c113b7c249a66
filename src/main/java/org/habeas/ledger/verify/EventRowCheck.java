package org.habeas.ledger.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.habeas.ledger.CanonicalEvent;
import org.habeas.ledger.LeafCommitments;
import org.habeas.ledger.LedgerEvent;
import org.habeas.ledger.PayloadCipher;
import org.habeas.ledger.store.CanonicalPayloads;
import org.habeas.ledger.verify.RecordBatch.Row;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks one stored event row against the log: its opening must open the commitment in its leaf and
 * name the previous event, and the row (its payload opened with the record key) must be the event
 * the opening describes.
 */
final class EventRowCheck {

  private final Report report;
  private final JsonMapper json = JsonMapper.builder().build();

  /** Events logged before their recording time was committed, whose recorded_at is unchecked. */
  long recordedTimesUncommitted;

  EventRowCheck(Report report) {
    this.report = report;
  }

  /** Returns an event's logged form if its opening opens {@code commitments}' one for it. */
  static Optional<CanonicalEvent> openedEvent(
      String recordId,
      int seq,
      byte[] key,
      Map<Integer, byte[]> openings,
      Map<Integer, byte[]> commitments) {
    byte[] opening = openings.get(seq);
    byte[] commitment = commitments.get(seq);
    byte[] eventKey = LeafCommitments.eventKey(key, LedgerEvent.eventId(recordId, seq));
    if (opening == null
        || commitment == null
        || !LeafCommitments.opens(commitment, eventKey, opening)) {
      return Optional.empty();
    }
    return Optional.of(CanonicalEvent.decode(opening));
  }

  /** Checks one event row; returns the logged event if its opening opens the commitment. */
  Optional<CanonicalEvent> check(
      String at,
      String recordId,
      Row row,
      byte[] key,
      byte[] opening,
      byte[] commitment,
      byte @Nullable [] previous,
      long leafIndex) {
    byte[] eventKey = LeafCommitments.eventKey(key, LedgerEvent.eventId(recordId, row.seq()));
    if (!LeafCommitments.opens(commitment, eventKey, opening)) {
      report.tampered(
          at
              + "its opening does not open the commitment logged in leaf "
              + leafIndex
              + " (opening or key rewritten)");
      return Optional.empty();
    }
    CanonicalEvent logged = CanonicalEvent.decode(opening);
    if (!Arrays.equals(logged.prevCommitment(), previous)) {
      report.tampered(at + "its opening names another previous event than the one logged");
    }
    String eventJson;
    try {
      eventJson =
          PayloadCipher.isSealed(row.payload())
              ? PayloadCipher.open(key, recordId, row.seq(), row.payload())
              : row.payload();
    } catch (IllegalArgumentException e) {
      report.tampered(
          at
              + "event row changed: its sealed payload fails authentication (leaf "
              + leafIndex
              + ")");
      return Optional.of(logged);
    }
    List<String> changed = new ArrayList<>();
    if (!row.type().equals(logged.eventType())) {
      changed.add("type " + row.type() + " was " + logged.eventType());
    }
    // Databases keep microseconds, rounding the nanoseconds an event may claim.
    if (Duration.between(logged.claimedTime(), row.occurredAt()).abs().toNanos() >= 1000) {
      changed.add("occurred_at " + row.occurredAt() + " was " + logged.claimedTime());
    }
    if (logged.recordedTime() == null) {
      if (row.recordedAt() != null) {
        recordedTimesUncommitted++;
      }
    } else if (row.recordedAt() == null
        || Duration.between(logged.recordedTime(), row.recordedAt()).abs().toNanos() >= 1000) {
      changed.add("recorded_at " + row.recordedAt() + " was " + logged.recordedTime());
    }
    if (!row.recordedBy().equals(logged.officerId())) {
      changed.add("recorded_by " + row.recordedBy() + " was " + logged.officerId());
    }
    try {
      var payload = CanonicalPayloads.ofJson(json, eventJson);
      var rebuilt =
          new CanonicalEvent(
              logged.recordId(),
              logged.eventSeq(),
              logged.eventType(),
              logged.claimedTime(),
              logged.recordedTime(),
              logged.station(),
              logged.officerId(),
              payload,
              logged.prevCommitment());
      if (!rebuilt.equals(logged)) {
        changed.add("payload fields " + differing(payload, logged.payload()) + " differ");
      }
    } catch (RuntimeException e) {
      changed.add("payload is not the JSON of an event");
    }
    if (!changed.isEmpty()) {
      report.tampered(
          at
              + "event row changed after it was logged in leaf "
              + leafIndex
              + ": "
              + String.join("; ", changed));
    }
    return Optional.of(logged);
  }

  private static Set<String> differing(
      Map<String, @Nullable Object> now, Map<String, @Nullable Object> then) {
    Set<String> keys = new TreeSet<>(now.keySet());
    keys.addAll(then.keySet());
    keys.removeIf(k -> Objects.equals(String.valueOf(now.get(k)), String.valueOf(then.get(k))));
    return keys;
  }
}
