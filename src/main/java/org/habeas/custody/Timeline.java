package org.habeas.custody;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The two orders of a record's events: as displayed, and as they count once corrections apply. */
final class Timeline {

  /** By when the event says it happened, ties by the order stored: a late paper entry fits in. */
  static final Comparator<StoredEvent> BY_OCCURRENCE =
      Comparator.comparing((StoredEvent s) -> s.event().occurredAt())
          .thenComparingInt(StoredEvent::seq);

  private Timeline() {}

  /**
   * The events that count, in the order they happened: each corrected event replaced by its latest
   * correction (kept under its own seq), and corrections themselves left out.
   */
  static List<StoredEvent> effective(List<StoredEvent> events) {
    Map<Integer, StoredEvent> corrections = latestCorrections(events);
    return events.stream()
        .filter(s -> !(s.event() instanceof Corrected))
        .map(s -> corrected(s, corrections.get(s.seq())))
        .sorted(BY_OCCURRENCE)
        .toList();
  }

  /**
   * Every stored event, corrections included, in the order they happened, marked if replaced and if
   * after the release.
   */
  static List<TimelineEntry> entries(List<StoredEvent> events) {
    Map<Integer, StoredEvent> corrections = latestCorrections(events);
    Instant releasedAt = AfterRelease.releasedAt(effective(events));
    return events.stream()
        .sorted(BY_OCCURRENCE)
        .map(
            s ->
                new TimelineEntry(
                    s, supersededBy(s, corrections), AfterRelease.after(releasedAt, s.event())))
        .toList();
  }

  private static StoredEvent corrected(StoredEvent original, @Nullable StoredEvent correction) {
    if (correction == null) {
      return original;
    }
    CustodyEvent replacement = ((Corrected) correction.event()).replacement();
    return new StoredEvent(
        original.seq(),
        replacement,
        original.recordedAt(),
        original.recordedBy(),
        original.leafIndex());
  }

  private static @Nullable Integer supersededBy(
      StoredEvent s, Map<Integer, StoredEvent> corrections) {
    // An earlier correction of the same event is itself superseded by the latest one.
    int target = s.event() instanceof Corrected c ? c.correctsSeq() : s.seq();
    StoredEvent latest = corrections.get(target);
    return latest == null || latest.seq() == s.seq() ? null : latest.seq();
  }

  /** The correction in force for each corrected seq: the one stored last. */
  private static Map<Integer, StoredEvent> latestCorrections(List<StoredEvent> events) {
    Map<Integer, CustodyEvent> bySeq = new HashMap<>();
    events.forEach(s -> bySeq.put(s.seq(), s.event()));
    Map<Integer, StoredEvent> latest = new HashMap<>();
    events.stream()
        .sorted(Comparator.comparingInt(StoredEvent::seq))
        .forEach(
            s -> {
              // A correction naming no event, or another correction, was never valid: it is
              // ignored.
              if (s.event() instanceof Corrected c
                  && bySeq.get(c.correctsSeq()) != null
                  && !(bySeq.get(c.correctsSeq()) instanceof Corrected)) {
                latest.put(c.correctsSeq(), s);
              }
            });
    return latest;
  }
}
