package org.habeas.safeguards.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** The delivery log: what is to be sent, what was, what failed and when it is tried again. */
@Component
public class Deliveries {

  private final DeliveryStore store;

  Deliveries(DeliveryStore store) {
    this.store = store;
  }

  void enqueue(long alertId, String channel, String target, Instant now) {
    store.insert(alertId, channel, target, "PENDING", now, null, now);
  }

  /** Records that a channel was not used, and why (e.g. no mail server configured). */
  void skip(long alertId, String channel, String target, String why, Instant now) {
    store.insert(alertId, channel, target, "SKIPPED", null, why, now);
  }

  /** The deliveries due, locked for this transaction; those another instance holds are skipped. */
  List<Delivery> claim(Instant now, int limit) {
    return store.claim(now, limit);
  }

  void sent(Delivery d, Instant now) {
    store.sent(d.id(), d.attempts() + 1, now);
  }

  /** A failed attempt: tried again after a doubling wait, or given up after the last attempt. */
  void failed(Delivery d, String error, AlertSettings settings, Instant now) {
    int attempts = d.attempts() + 1;
    boolean giveUp = attempts >= settings.maxAttempts();
    var wait = backoff(settings, attempts);
    store.attempted(
        d.id(),
        giveUp ? "FAILED" : "PENDING",
        attempts,
        giveUp ? null : now.plus(wait),
        error.length() > 2000 ? error.substring(0, 2000) : error,
        now);
  }

  /** A page of the log, newest first. */
  public List<Delivery> page(int offset, int limit) {
    return store.page(offset, limit);
  }

  public long count() {
    return store.count();
  }

  /** The deliveries of one alert, oldest first. */
  public List<Delivery> of(long alertId) {
    return store.of(alertId);
  }

  /** The wait after the given number of failed attempts: the first wait, doubled each time. */
  static Duration backoff(AlertSettings settings, int attempts) {
    return settings.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
  }
}
