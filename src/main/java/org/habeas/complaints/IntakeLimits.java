package org.habeas.complaints;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.habeas.system.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rate limits of the public door (lodging and status look-ups), per client address and for all
 * addresses together: token buckets (Bucket4j) in this instance's memory, with no third-party
 * service. Over a limit the request is refused with 429 and nothing is stored.
 */
@Component
public class IntakeLimits {

  private static final Logger log = LoggerFactory.getLogger(IntakeLimits.class);
  private static final int MAX_ADDRESSES = 100_000;

  private final ComplaintSettings settings;
  private volatile int perAddress;
  private volatile int global;
  private volatile Bucket all;
  private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();

  IntakeLimits(ComplaintSettings settings) {
    this.settings = settings;
    this.perAddress = settings.perAddress();
    this.global = settings.global();
    this.all = bucket(global);
  }

  /**
   * Takes one request's token for {@code address}.
   *
   * @throws ApiProblem 429 {@code complaints.tooMany} when the address or everyone is over the
   *     limit
   */
  public void acquire(String address) {
    if (byAddress.size() > MAX_ADDRESSES) {
      byAddress.clear(); // a flood from many addresses: the global bucket still holds
    }
    var mine = byAddress.computeIfAbsent(address, a -> bucket(perAddress));
    if (!mine.tryConsume(1)) {
      log.info("Complaints: public request refused, over the per-address limit");
      throw new ApiProblem(429, "complaints.tooMany", List.of());
    }
    if (!all.tryConsume(1)) {
      log.warn("Complaints: public request refused, over the global limit");
      throw new ApiProblem(429, "complaints.tooMany", List.of());
    }
  }

  /** Sets other limits and forgets every bucket (tests; an operator through a restart). */
  public void limit(int perAddress, int global) {
    this.perAddress = perAddress;
    this.global = global;
    reset();
  }

  /** Back to the configured limits, every bucket full. */
  public void reset() {
    byAddress.clear();
    all = bucket(global);
  }

  /** Back to the configured limits. */
  public void restore() {
    limit(settings.perAddress(), settings.global());
  }

  private Bucket bucket(int capacity) {
    Duration window = settings.window();
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
        .build();
  }
}
