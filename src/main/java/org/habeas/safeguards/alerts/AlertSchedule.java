package org.habeas.safeguards.alerts;

import io.micrometer.core.instrument.MeterRegistry;
import org.habeas.system.BackgroundLoop;
import org.springframework.stereotype.Component;

/**
 * Runs the sweep every {@code habeas.alerts.sweep-every} (fixed delay) on its own thread while the
 * application is up; zero leaves it off.
 */
@Component
class AlertSchedule extends BackgroundLoop {

  private final AlertSweep sweep;

  AlertSchedule(AlertSweep sweep, AlertSettings settings, MeterRegistry meters) {
    super("alert-sweep", settings.sweepEvery(), meters);
    this.sweep = sweep;
  }

  @Override
  protected void pass() {
    sweep.sweep();
  }
}
