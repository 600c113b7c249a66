package org.habeas.ledger;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an auditor is given to check one logged event: the event key and the exact canonical bytes
 * that were committed to.
 */
public record EventOpening(byte[] eventKey, byte[] canonicalEvent) {

  /** Copies the bytes; the canonical event must decode. */
  public EventOpening {
    eventKey = eventKey.clone();
    canonicalEvent = canonicalEvent.clone();
    CanonicalEvent.decode(canonicalEvent);
  }

  /** Returns the commitment this opening opens. */
  public byte[] commitment() {
    return LeafCommitments.commitment(eventKey, canonicalEvent);
  }

  /** Returns the decoded event. */
  public CanonicalEvent event() {
    return CanonicalEvent.decode(canonicalEvent);
  }

  /**
   * Tells whether the openings of one record's events, in order, open the published commitments and
   * chain: the first event has no previous commitment, each later one names the one before, all
   * share one record and their sequence numbers rise.
   */
  public static boolean chainIsIntact(List<EventOpening> openings, List<byte[]> commitments) {
    if (openings.size() != commitments.size()) {
      return false;
    }
    byte @Nullable [] previousCommitment = null;
    @Nullable CanonicalEvent previousEvent = null;
    for (int i = 0; i < openings.size(); i++) {
      EventOpening opening = openings.get(i);
      CanonicalEvent event = opening.event();
      byte[] committed = commitments.get(i);
      if (!LeafCommitments.opens(committed, opening.eventKey, opening.canonicalEvent)
          || !Arrays.equals(event.prevCommitment(), previousCommitment)
          || (previousEvent != null && !follows(previousEvent, event))) {
        return false;
      }
      previousEvent = event;
      previousCommitment = committed;
    }
    return true;
  }

  private static boolean follows(CanonicalEvent previous, CanonicalEvent event) {
    return previous.recordId().equals(event.recordId()) && event.eventSeq() > previous.eventSeq();
  }

  @Override
  public byte[] eventKey() {
    return eventKey.clone();
  }

  @Override
  public byte[] canonicalEvent() {
    return canonicalEvent.clone();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EventOpening that
        && Arrays.equals(eventKey, that.eventKey)
        && Arrays.equals(canonicalEvent, that.canonicalEvent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(eventKey), Arrays.hashCode(canonicalEvent));
  }
}
