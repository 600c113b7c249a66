package org.habeas.custody;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the detention clock's legal limit comes from, when a module knows the law better than the
 * interim limits of {@link DetentionClock}: the safeguards module implements it from the profile in
 * force at apprehension. Custody uses it when such a bean exists and never depends on its module.
 */
public interface DetentionLimits {

  /**
   * When the legal limit runs out for a record with these stored events, as it stands at {@code
   * at}; empty to keep the interim limit.
   */
  Optional<Instant> until(List<StoredEvent> events, Instant at);
}
