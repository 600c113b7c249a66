package org.habeas.system.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked: too many failures for the account or from the address. */
class SignInThrottled extends AuthenticationException {

  private final Duration wait;
  private final Instant until;

  SignInThrottled(Duration wait, Instant until) {
    super("too many failed sign-ins; try again later");
    this.wait = wait;
    this.until = until;
  }

  /** Whole seconds to wait, at least one (the {@code Retry-After} header). */
  long retryAfterSeconds() {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** Whole minutes to wait, at least one (the page's message). */
  long minutes() {
    return Math.max(1, (retryAfterSeconds() + 59) / 60);
  }

  Instant until() {
    return until;
  }
}
