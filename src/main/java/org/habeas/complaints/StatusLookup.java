package org.habeas.complaints;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Following a complaint from outside: its public status by reference and secret. */
@Service
public class StatusLookup {

  private final ComplaintStore store;
  private final IntakeLimits limits;

  StatusLookup(ComplaintStore store, IntakeLimits limits) {
    this.store = store;
    this.limits = limits;
  }

  /** The public status, if the reference exists and the secret is its own; else empty. */
  public Optional<PublicStatus> status(String reference, String secret, String clientAddress) {
    limits.acquire(IntakeLimits.Door.STATUS, clientAddress);
    var found = store.byReference(reference.strip().toUpperCase(Locale.ROOT));
    // Hash even when there is no such reference, so both answers take the same time.
    boolean match =
        Secrets.matches(secret, found.map(Map.Entry::getValue).orElse(Secrets.hash("-")));
    if (found.isEmpty() || !match) {
      return Optional.empty();
    }
    var c = found.get().getKey();
    var s = ComplaintState.fold(store.entries(c.id()));
    return Optional.of(new PublicStatus(c.reference(), s.status(), c.lodgedAt(), s.statusSince()));
  }
}
