package org.habeas.safeguards.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.habeas.custody.InterrogationStarted;
import org.jspecify.annotations.Nullable;

/**
 * One questioning: its start and, unless still in progress at the instant judged, its end.
 *
 * @param start the {@code InterrogationStarted}
 * @param end the {@code InterrogationEnded} that closed it, if it has ended
 */
record Questioning(Fact start, @Nullable Fact end) {

  /** What was recorded when it started: who, whether a lawyer was there, and so on. */
  InterrogationStarted started() {
    return (InterrogationStarted) start.event();
  }

  /** When it ended, or {@code at} while it is still in progress. */
  Instant endOr(Instant at) {
    return end == null ? at : end.at();
  }

  /** Whether it is still going on at the instant judged. */
  boolean inProgress() {
    return end == null;
  }

  /** The seqs of its start and end. */
  List<Integer> seqs() {
    List<Integer> seqs = new ArrayList<>(2);
    seqs.add(start.seq());
    if (end != null) {
      seqs.add(end.seq());
    }
    return seqs;
  }
}
