package org.habeas.safeguards.alerts;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends raised alerts by e-mail and webhook: queues one delivery per channel target when an alert
 * is raised, and works off the deliveries that are due, retrying failures with backoff.
 */
@Component
class Dispatch {

  private static final Logger log = LoggerFactory.getLogger(Dispatch.class);

  private final Deliveries deliveries;
  private final Alerts alerts;
  private final Recipients recipients;
  private final AlertMail mail;
  private final AlertWebhooks webhooks;
  private final AlertSettings settings;

  Dispatch(
      Deliveries deliveries,
      Alerts alerts,
      Recipients recipients,
      AlertMail mail,
      AlertWebhooks webhooks,
      AlertSettings settings) {
    this.deliveries = deliveries;
    this.alerts = alerts;
    this.recipients = recipients;
    this.mail = mail;
    this.webhooks = webhooks;
    this.settings = settings;
  }

  /** Queues the alert's mail and webhooks, or records why a channel is not used. */
  void enqueue(Alert alert, Instant now) {
    var to = String.join(",", recipients.mailFor(alert.regionCode()));
    if (!mail.configured()) {
      deliveries.skip(alert.id(), Delivery.MAIL, to, "no mail server (spring.mail.host)", now);
    } else if (to.isEmpty()) {
      deliveries.skip(alert.id(), Delivery.MAIL, to, "no recipient address", now);
    } else {
      deliveries.enqueue(alert.id(), Delivery.MAIL, to, now);
    }
    for (var hook : settings.webhooks()) {
      deliveries.enqueue(alert.id(), Delivery.WEBHOOK, hook.url().toString(), now);
    }
  }

  /**
   * Attempts the deliveries due at {@code now}, inside the caller's transaction (which holds them
   * locked, so no other instance sends them meanwhile); returns how many were attempted.
   */
  int deliverDue(Instant now) {
    var due = deliveries.claim(now, settings.batchSize());
    for (var d : due) {
      try {
        var alert = alerts.get(d.alertId()).orElseThrow();
        switch (d.channel()) {
          case Delivery.MAIL -> mail.send(alert, d.target());
          case Delivery.WEBHOOK ->
              webhooks.send(
                  alert,
                  settings
                      .webhook(d.target())
                      .orElseThrow(
                          () -> new IllegalStateException("endpoint no longer configured")),
                  now);
          default -> throw new IllegalStateException("unknown channel " + d.channel());
        }
        deliveries.sent(d, now);
      } catch (Exception e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        log.info("Alerts: delivery {} ({}) failed: {}", d.id(), d.channel(), e.toString());
        deliveries.failed(d, e.toString(), settings, now);
      }
    }
    return due.size();
  }
}
