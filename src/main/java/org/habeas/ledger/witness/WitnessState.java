package org.habeas.ledger.witness;

import java.util.Optional;

/**
 * The latest checkpoint the witness cosigned for each log, changed only by compare-and-set, so that
 * checking a request's old size and storing its checkpoint are one atomic step (tlog-witness).
 */
public interface WitnessState {

  /** The latest cosigned checkpoint of one log. */
  record Latest(long size, byte[] rootHash, String checkpoint) {}

  /** Returns the latest checkpoint cosigned for {@code origin}, if any. */
  Optional<Latest> latest(String origin);

  /**
   * Stores {@code next} for {@code origin} if the stored state is still {@code expected} (none for
   * a log never cosigned); tells whether it did.
   */
  boolean compareAndSet(String origin, Optional<Latest> expected, Latest next);
}
