package org.habeas.ledger.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the integrator every {@code habeas.ledger.integrate-every} on one background thread, from
 * the moment the application is up until it shuts down; a zero interval leaves it off.
 *
 * <p>Its own thread rather than Spring's scheduling, so the ledger needs nothing switched on
 * elsewhere and an integration never waits behind other scheduled work.
 */
class IntegrationSchedule implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(IntegrationSchedule.class);
  private static final Duration QUIET = Duration.ofMinutes(1);

  private final Integrator integrator;
  private final Duration every;
  private @Nullable ScheduledExecutorService executor;
  private long lastFailureLogged;

  IntegrationSchedule(Integrator integrator, Duration every) {
    this.integrator = integrator;
    this.every = every;
  }

  @Override
  public synchronized void start() {
    if (every.isZero() || every.isNegative() || executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name("ledger-integrator").daemon().unstarted(task));
    executor.scheduleWithFixedDelay(
        this::run, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }

  private void run() {
    try {
      integrator.integrateAvailable();
    } catch (RuntimeException e) {
      // A failure here is an alarm (a refused checkpoint means the stored tree does not extend the
      // signed one), but it repeats every run: say it once a minute, not five times a second.
      long now = System.nanoTime();
      if (lastFailureLogged == 0 || now - lastFailureLogged > QUIET.toNanos()) {
        lastFailureLogged = now;
        log.error("Ledger: integration failed; retrying every {}", every, e);
      }
    }
  }
}
