package org.habeas.ledger.witness;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The witnesses this log submits its checkpoints to, {@code habeas.ledger.witnesses[i].*}, for
 * example the human-rights commission's and the prosecutor's.
 *
 * @param witnesses the witnesses
 * @param witnessTimeout how long one submission may take
 */
@ConfigurationProperties("habeas.ledger")
public record LogWitnesses(
    @DefaultValue List<Endpoint> witnesses, @DefaultValue("5s") Duration witnessTimeout) {

  /**
   * One witness.
   *
   * @param url its submission prefix: {@code add-checkpoint} is posted under it (for a Habeas
   *     witness, {@code https://host/ledger/witness})
   * @param vkey its cosigner's public key (signed-note vkey text, type 0x04)
   */
  public record Endpoint(String url, String vkey) {}
}
