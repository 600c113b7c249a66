package org.habeas.safeguards;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.habeas.custody.DetentionLimits;
import org.habeas.custody.StoredEvent;
import org.springframework.stereotype.Component;

/**
 * The detention clock's legal limit for custody: the engine's {@link DetentionLimit} under the
 * profile version in force at apprehension, extensions included.
 */
@Component
class CustodyDetentionLimits implements DetentionLimits {

  private final RecordSafeguards safeguards;

  CustodyDetentionLimits(RecordSafeguards safeguards) {
    this.safeguards = safeguards;
  }

  @Override
  public Optional<Instant> until(List<StoredEvent> events, Instant at) {
    if (events.isEmpty()) {
      return Optional.empty();
    }
    return safeguards.evaluate(events, at).limit().map(DetentionLimit::until);
  }
}
