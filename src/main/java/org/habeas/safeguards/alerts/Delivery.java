package org.habeas.safeguards.alerts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One channel's sending of one alert, as the delivery log shows it.
 *
 * @param channel {@code MAIL} or {@code WEBHOOK}
 * @param target the addresses (comma-separated) or the endpoint URL
 * @param status {@code PENDING}, {@code SENT}, {@code FAILED} (given up) or {@code SKIPPED}
 */
public record Delivery(
    long id,
    long alertId,
    String channel,
    String target,
    String status,
    int attempts,
    @Nullable Instant nextAttemptAt,
    @Nullable String lastError,
    Instant createdAt,
    Instant updatedAt) {

  public static final String MAIL = "MAIL";
  public static final String WEBHOOK = "WEBHOOK";
}
