package org.habeas.ledger.witness;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * This instance as a witness of other logs, {@code habeas.ledger.witness.*}.
 *
 * @param name the cosigner key name; blank means the base URL without scheme plus {@code /witness},
 *     or an existing key's own name
 * @param key the cosigner's private key as Go signed-note text, usually from the environment
 *     variable {@code HABEAS_LEDGER_WITNESS_KEY}; blank means read {@code keyFile}
 * @param keyFile where the key is kept, generated there on first start if missing (only when some
 *     log is witnessed)
 * @param logs the logs this instance witnesses; none means it witnesses nothing
 */
@ConfigurationProperties("habeas.ledger.witness")
public record WitnessSettings(
    @Nullable String name,
    @Nullable String key,
    @DefaultValue("./data/witness.key") Path keyFile,
    @DefaultValue List<WitnessedLog> logs) {

  /**
   * A log to witness.
   *
   * @param vkey the log's public key (signed-note vkey text, type 0x01)
   * @param origin the log's checkpoint origin; blank means the key's name
   */
  public record WitnessedLog(String vkey, @Nullable String origin) {}
}
