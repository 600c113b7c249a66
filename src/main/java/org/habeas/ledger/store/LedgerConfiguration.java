package org.habeas.ledger.store;

import org.habeas.ledger.LedgerSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the ledger: its settings, the log key, the integrator and its schedule. */
@Configuration
@EnableConfigurationProperties(LedgerSettings.class)
class LedgerConfiguration {

  @Bean
  LogSigner logSigner(
      LedgerSettings settings, @Value("${habeas.base-url:http://localhost:8080}") String baseUrl) {
    var state = settings.signerStateFile();
    return new LogSigner(
        LogKeys.load(settings, baseUrl),
        state == null || state.toString().isBlank() ? null : state);
  }

  @Bean
  IntegrationSchedule integrationSchedule(Integrator integrator, LedgerSettings settings) {
    return new IntegrationSchedule(integrator, settings.integrateEvery());
  }
}
