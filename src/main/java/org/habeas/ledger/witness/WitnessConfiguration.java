package org.habeas.ledger.witness;

import java.time.Clock;
import org.habeas.ledger.store.PublishedLog;
import org.habeas.ledger.store.WitnessCosignatures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires both sides: this instance as a witness of other logs, and the client of its witnesses. */
@Configuration
@EnableConfigurationProperties({WitnessSettings.class, LogWitnesses.class})
class WitnessConfiguration {

  @Bean
  Witness witness(
      WitnessSettings settings,
      WitnessState state,
      Clock clock,
      @Value("${habeas.base-url:http://localhost:8080}") String baseUrl) {
    // The cosigning key exists only where some log is witnessed.
    return new Witness(
        settings.logs().isEmpty() ? null : CosignerKeys.load(settings, baseUrl, clock),
        Witness.logs(settings.logs()),
        state);
  }

  @Bean
  WitnessClient witnessClient(
      LogWitnesses witnesses, PublishedLog published, WitnessCosignatures cosignatures) {
    return new WitnessClient(witnesses, published, cosignatures);
  }
}
