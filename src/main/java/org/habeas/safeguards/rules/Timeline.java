package org.habeas.safeguards.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.habeas.custody.Apprehended;
import org.habeas.custody.Corrected;
import org.habeas.custody.StoredEvent;

/**
 * The events that count, with corrections resolved as the custody record resolves them (the latest
 * correction of an event is in force; a correction of nothing, or of a correction, counts for
 * nothing).
 *
 * <p>Worked out here rather than by replaying the record: replaying folds the whole record state
 * event by event, which costs far more than the engine's own work, and the engine needs only the
 * corrected events.
 */
final class Timeline {

  private static final Comparator<StoredEvent> BY_OCCURRENCE =
      Comparator.comparing((StoredEvent s) -> s.event().occurredAt())
          .thenComparingInt(StoredEvent::seq);

  private Timeline() {}

  /**
   * Every event that counts, in the order it happened: a corrected event replaced by its latest
   * correction, under its own seq and with its own recording time (the correction says when it
   * really happened; the original says when the record first had it).
   *
   * @throws IllegalArgumentException if the record does not start with an apprehension
   */
  static List<StoredEvent> effective(List<StoredEvent> events) {
    Map<Integer, StoredEvent> bySeq = new HashMap<>();
    events.forEach(s -> bySeq.put(s.seq(), s));
    Map<Integer, Corrected> latest = new HashMap<>();
    Map<Integer, Integer> latestSeq = new HashMap<>();
    for (StoredEvent s : events) {
      if (s.event() instanceof Corrected c) {
        StoredEvent target = bySeq.get(c.correctsSeq());
        boolean valid = target != null && !(target.event() instanceof Corrected);
        if (valid && s.seq() > latestSeq.getOrDefault(c.correctsSeq(), Integer.MIN_VALUE)) {
          latest.put(c.correctsSeq(), c);
          latestSeq.put(c.correctsSeq(), s.seq());
        }
      }
    }
    List<StoredEvent> counted = new ArrayList<>(events.size());
    for (StoredEvent s : events) {
      if (s.event() instanceof Corrected) {
        continue;
      }
      Corrected c = latest.get(s.seq());
      counted.add(
          c == null
              ? s
              : new StoredEvent(
                  s.seq(), c.replacement(), s.recordedAt(), s.recordedBy(), s.leafIndex()));
    }
    counted.sort(BY_OCCURRENCE);
    if (counted.isEmpty() || !(counted.getFirst().event() instanceof Apprehended)) {
      throw new IllegalArgumentException("a custody record starts with Apprehended");
    }
    return counted;
  }
}
