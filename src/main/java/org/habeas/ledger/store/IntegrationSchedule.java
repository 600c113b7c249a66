package org.habeas.ledger.store;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.habeas.system.BackgroundLoop;

/**
 * Runs the integrator every {@code habeas.ledger.integrate-every} on its own thread while the
 * application is up; a zero interval leaves it off. A failure here is an alarm (a refused
 * checkpoint means the stored tree does not extend the signed one), and the loop says it once a
 * minute however often it repeats.
 */
class IntegrationSchedule extends BackgroundLoop {

  private final Integrator integrator;

  IntegrationSchedule(Integrator integrator, Duration every, MeterRegistry meters) {
    super("ledger-integrator", every, meters);
    this.integrator = integrator;
  }

  @Override
  protected void pass() {
    integrator.integrateAvailable();
  }
}
