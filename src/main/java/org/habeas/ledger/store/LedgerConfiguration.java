package org.habeas.ledger.store;

import java.time.Clock;
import org.habeas.ledger.LedgerSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

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
  Integrator integrator(
      PlatformTransactionManager transactions,
      IntegrationLock lock,
      Outbox outbox,
      Leaves leaves,
      StoredTiles tiles,
      TreeHeads heads,
      Checkpoints checkpoints,
      LogSigner signer,
      ApplicationEventPublisher events,
      Clock clock,
      LedgerSettings settings) {
    return new Integrator(
        transactions,
        lock,
        outbox,
        leaves,
        tiles,
        heads,
        checkpoints,
        signer,
        events,
        clock,
        settings);
  }

  @Bean
  IntegrationSchedule integrationSchedule(Integrator integrator, LedgerSettings settings) {
    return new IntegrationSchedule(integrator, settings.integrateEvery());
  }
}
