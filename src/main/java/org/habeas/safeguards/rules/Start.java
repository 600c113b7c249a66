package org.habeas.safeguards.rules;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When a clock starts, and the event that started it; a relevant time that comes from "24 h after
 * arrest" has no event.
 */
record Start(Instant at, @Nullable Fact fact) {

  /** The seq of the starting event, if there is one. */
  List<Integer> seqs() {
    return fact == null ? List.of() : List.of(fact.seq());
  }
}
