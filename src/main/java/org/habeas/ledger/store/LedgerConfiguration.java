package org.habeas.ledger.store;

import io.micrometer.core.instrument.MeterRegistry;
import org.habeas.ledger.LedgerSettings;
import org.habeas.system.PublicAddress;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the ledger: its settings, the log key, the integrator and its schedule. */
@Configuration
@EnableConfigurationProperties(LedgerSettings.class)
class LedgerConfiguration {

  @Bean
  LogSigner logSigner(LedgerSettings settings, PublicAddress address) {
    var state = settings.signerStateFile();
    return new LogSigner(
        LogKeys.load(settings, address.baseUrl()),
        state == null || state.toString().isBlank() ? null : state);
  }

  @Bean
  IntegrationSchedule integrationSchedule(
      Integrator integrator, LedgerSettings settings, MeterRegistry meters) {
    return new IntegrationSchedule(integrator, settings.integrateEvery(), meters);
  }
}
