package org.habeas.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The application's one {@link Clock} bean, which a caller may set to another time for the work it
 * runs on its own thread: loading a paper register's history (the demo data is such a history) or a
 * test that needs an event recorded "yesterday".
 *
 * <p>Services inject {@code Clock} and read it as usual; they never keep a copy of themselves on
 * another clock. Such copies (the old {@code at(Clock)} methods) were built with {@code new}, so
 * they silently lost {@code @Transactional} and every other proxy; here the call still goes through
 * the bean and its transaction. The setting is per thread and ends with the work, so a listener
 * that runs after commit on another thread reads the real time, as it would in production.
 */
public final class ScopedClock extends Clock {

  private final Clock base;
  private final ThreadLocal<@Nullable Clock> scoped = new ThreadLocal<>();

  public ScopedClock(Clock base) {
    this.base = base;
  }

  /** Runs {@code work} with this clock reading {@code other} on this thread, then as before. */
  public <T> T at(Clock other, Supplier<T> work) {
    var before = scoped.get();
    scoped.set(other);
    try {
      return work.get();
    } finally {
      if (before == null) {
        scoped.remove();
      } else {
        scoped.set(before);
      }
    }
  }

  /** Runs {@code work} with this clock reading {@code other} on this thread, then as before. */
  public void at(Clock other, Runnable work) {
    at(
        other,
        () -> {
          work.run();
          return null;
        });
  }

  private Clock current() {
    var c = scoped.get();
    return c == null ? base : c;
  }

  @Override
  public Instant instant() {
    return current().instant();
  }

  @Override
  public ZoneId getZone() {
    return current().getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return base.withZone(zone);
  }
}
