package org.habeas.safeguards.alerts;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the sweep every {@code habeas.alerts.sweep-every} (fixed delay) on its own thread while the
 * application is up; zero leaves it off.
 */
@Component
class AlertSchedule implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AlertSchedule.class);

  private final AlertSweep sweep;
  private final AlertSettings settings;
  private @Nullable ScheduledExecutorService executor;

  AlertSchedule(AlertSweep sweep, AlertSettings settings) {
    this.sweep = sweep;
    this.settings = settings;
  }

  @Override
  public synchronized void start() {
    var every = settings.sweepEvery();
    if (every.isZero() || every.isNegative() || executor != null) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().name("alert-sweep").daemon().unstarted(task));
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
      sweep.sweep();
    } catch (RuntimeException e) {
      log.error("Alerts: sweep failed; trying again in {}", settings.sweepEvery(), e);
    }
  }
}
