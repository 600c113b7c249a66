package org.habeas.safeguards.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.habeas.safeguards.Evaluation;
import org.habeas.safeguards.Obligation;
import org.habeas.safeguards.ObligationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Each open record's next due instant, and when the sweep must look at it next: the sweep reads
 * only the rows whose time has come, so its cost follows what falls due, not how many records are
 * open.
 */
@Component
class DueIndex {

  /** How long a record that could not be judged waits before the sweep tries again. */
  static final Duration RETRY = Duration.ofMinutes(5);

  private final DueStore store;

  DueIndex(DueStore store) {
    this.store = store;
  }

  /**
   * Keeps the record's row true to its evaluation at {@code now}; removes it when nothing can fall
   * due any more without a new event.
   */
  void index(String recordId, Evaluation evaluation, @Nullable Instant check) {
    if (check == null) {
      store.delete(recordId);
      return;
    }
    var next = evaluation.nextDueAt();
    if (store.update(recordId, next, check) == 0) {
      store.insert(recordId, next, check);
    }
  }

  /** Looks at the record again at the sweep after next (its evaluation failed). */
  void retryLater(String recordId, Instant now) {
    store.delete(recordId);
    store.insertWithoutDue(recordId, now.plus(RETRY));
  }

  /**
   * The records whose time has come, locked for this transaction; rows another instance holds are
   * skipped, so two sweeps never work on the same record at once.
   */
  List<String> claim(Instant now, int limit) {
    return store.claim(now, limit);
  }

  Optional<Instant> checkAt(String recordId) {
    return store.checkAt(recordId);
  }

  /**
   * When an event was recorded: now if an alert may be owed (something is breached or within the
   * lead time), else when one next falls due.
   */
  static Optional<Instant> checkAt(Evaluation e, Duration lead, Instant now) {
    boolean owed =
        e.obligations().stream()
            .anyMatch(o -> o.status() == ObligationStatus.BREACHED || approaching(o, lead, now));
    return owed ? Optional.of(now) : following(e, lead, now);
  }

  /**
   * Whether an unmet deadline lies within the lead time. Only for deadlines longer than the lead
   * time: a 60-minute cell visit would otherwise be "approaching" from the moment it starts.
   */
  static boolean approaching(Obligation o, Duration lead, Instant now) {
    var due = o.dueAt();
    var start = o.startedAt();
    return o.status() == ObligationStatus.PENDING
        && due != null
        && !due.minus(lead).isAfter(now)
        && (start == null || Duration.between(start, due).compareTo(lead) > 0);
  }

  /**
   * After a sweep raised what was owed at {@code now}: the earliest of the next due instant and,
   * for each pending deadline, its lead time and the deadline itself, whichever lie ahead.
   */
  static Optional<Instant> following(Evaluation e, Duration lead, Instant now) {
    var pending =
        e.obligations().stream()
            .filter(o -> o.status() == ObligationStatus.PENDING)
            .map(o -> o.dueAt())
            .filter(DueIndex::present)
            .map(t -> (Instant) t)
            .flatMap(t -> Stream.of(t.minus(lead), t));
    return Stream.concat(
            Stream.of(e.nextDueAt()).filter(DueIndex::present).map(t -> (Instant) t), pending)
        .filter(t -> t.isAfter(now))
        .min(Instant::compareTo);
  }

  private static boolean present(@Nullable Instant t) {
    return t != null;
  }
}
