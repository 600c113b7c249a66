package org.habeas.safeguards.alerts;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The alerts' settings, {@code habeas.alerts.*} (application.properties, "Alerts").
 *
 * @param sweepEvery how often the sweep runs; zero turns the schedule off (tests call it)
 * @param leadTime how long before a deadline the APPROACHING alert is raised
 * @param batchSize at most this many records or deliveries per sweep transaction
 * @param maxAttempts a delivery that failed this often is given up
 * @param retryAfter the wait after the first failed attempt; it doubles with each further one
 * @param mail where mail goes besides the users' own addresses
 * @param webhooks the endpoints every alert is posted to
 */
@ConfigurationProperties("habeas.alerts")
public record AlertSettings(
    @DefaultValue("30s") Duration sweepEvery,
    @DefaultValue("PT1H") Duration leadTime,
    @DefaultValue("100") int batchSize,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("30s") Duration retryAfter,
    @DefaultValue Mail mail,
    @DefaultValue List<Webhook> webhooks) {

  public AlertSettings {
    if (batchSize < 1 || batchSize > 1000) {
      throw new IllegalArgumentException("habeas.alerts.batch-size must be 1..1000");
    }
    if (leadTime.isNegative()) {
      throw new IllegalArgumentException("habeas.alerts.lead-time must not be negative");
    }
  }

  /**
   * Mail routing.
   *
   * @param from the sender address
   * @param language the language of alert e-mails (kk, ru or en)
   * @param prosecutors addresses that receive every prosecutor's alert mail
   * @param monitors addresses that receive every monitor's alert mail
   */
  public record Mail(
      @DefaultValue("habeas@localhost") String from,
      @DefaultValue("en") String language,
      @DefaultValue List<String> prosecutors,
      @DefaultValue List<String> monitors) {}

  /**
   * A webhook endpoint.
   *
   * @param url where alerts are posted
   * @param secret the HMAC-SHA256 key of the {@code X-Habeas-Signature} header
   */
  public record Webhook(URI url, @Nullable String secret) {}

  /** The configured endpoint with the URL, if it still is configured. */
  public Optional<Webhook> webhook(String url) {
    return webhooks.stream().filter(w -> w.url().toString().equals(url)).findFirst();
  }
}
