package org.habeas.ledger;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ledger's settings, {@code habeas.ledger.*} (application.properties, "Ledger").
 *
 * @param origin the checkpoint origin line and log key name; blank means derived from the base URL
 * @param key the log's private key as Go signed-note text ({@code PRIVATE+KEY+…}), usually from the
 *     environment variable {@code HABEAS_LEDGER_KEY}; blank means read {@code keyFile}
 * @param keyFile where the private key text is kept, generated there on first start if missing
 * @param signerStateFile where the signer remembers the last checkpoint it signed, outside the
 *     database; blank means it remembers only while running and starts from the database
 * @param integrateEvery how often the integrator runs; zero turns the schedule off (tests then call
 *     the integrator themselves)
 * @param batchSize at most this many outbox rows per integration transaction
 * @param checkpointEvery at least this long between two checkpoints
 */
@ConfigurationProperties("habeas.ledger")
public record LedgerSettings(
    @Nullable String origin,
    @Nullable String key,
    @DefaultValue("./data/ledger.key") Path keyFile,
    @Nullable Path signerStateFile,
    @DefaultValue("200ms") Duration integrateEvery,
    @DefaultValue("256") int batchSize,
    @DefaultValue("1s") Duration checkpointEvery) {

  /** Checks the batch size, which bounds one integration transaction. */
  public LedgerSettings {
    if (batchSize < 1 || batchSize > 4096) {
      throw new IllegalArgumentException("habeas.ledger.batch-size must be 1..4096");
    }
  }
}
