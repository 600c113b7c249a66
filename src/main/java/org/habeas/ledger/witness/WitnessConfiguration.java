package org.habeas.ledger.witness;

import java.time.Clock;
import org.habeas.ledger.store.PublishedLog;
import org.habeas.ledger.store.WitnessCosignatures;
import org.habeas.system.PublicAddress;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires both sides: this instance as a witness of other logs, and the client of its witnesses. */
@Configuration
@EnableConfigurationProperties({WitnessSettings.class, LogWitnesses.class})
class WitnessConfiguration {

  @Bean
  Witness witness(
      WitnessSettings settings, WitnessState state, Clock clock, PublicAddress address) {
    // The cosigning key exists only where some log is witnessed.
    return new Witness(
        settings.logs().isEmpty() ? null : CosignerKeys.load(settings, address.baseUrl(), clock),
        Witness.logs(settings.logs()),
        state);
  }

  @Bean
  WitnessClient witnessClient(
      LogWitnesses witnesses, PublishedLog published, WitnessCosignatures cosignatures) {
    return new WitnessClient(witnesses, published, cosignatures);
  }
}
