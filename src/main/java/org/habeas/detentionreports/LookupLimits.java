package org.habeas.detentionreports;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How often the public lookup may be asked: token buckets (Bucket4j, in memory, on the
 * application's clock) per client address (an IPv6 client's /64), per network block (IPv4 /24, IPv6
 * /48), and one for everyone, the ceiling that keeps a botnet from walking through names and
 * birthdays. Unlike the complaints' door, the lookup has that global ceiling: a closed lookup
 * withholds an answer the family can also get by telephone, while an open one to a flood would tell
 * anyone who is held. Over a limit: 429 with {@code Retry-After}, nothing stored.
 */
@Component
class LookupLimits {

  private static final Logger log = LoggerFactory.getLogger(LookupLimits.class);
  private static final int MAX_BUCKETS = 100_000;

  private final LookupSettings settings;
  private final TimeMeter time;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private volatile int perAddress;
  private volatile int perNetwork;
  private volatile int everyone;

  LookupLimits(LookupSettings settings, Clock clock) {
    this.settings = settings;
    this.time =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
          }

          @Override
          public boolean isWallClockBased() {
            return true;
          }
        };
    restore();
  }

  /**
   * Takes one enquiry's token for the address, its block and everyone.
   *
   * @throws DetentionLookup.TooMany when any of them is over its limit (then no token is taken)
   */
  void acquire(String address) {
    var from = source(address);
    var taken = new ArrayList<Bucket>(3);
    for (var b :
        List.of(
            bucket("a " + from[0], perAddress),
            bucket("n " + from[1], perNetwork),
            bucket("everyone", everyone))) {
      var probe = b.tryConsumeAndReturnRemaining(1);
      if (!probe.isConsumed()) {
        taken.forEach(t -> t.addTokens(1));
        log.info("Detention lookup: enquiry refused, over a limit");
        throw new DetentionLookup.TooMany(
            Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
      }
      taken.add(b);
    }
  }

  /** Other limits (tests; an operator through a restart), every bucket forgotten. */
  void limit(int perAddress, int perNetwork, int everyone) {
    this.perAddress = perAddress;
    this.perNetwork = perNetwork;
    this.everyone = everyone;
    buckets.clear();
  }

  /** Back to the configured limits, every bucket full. */
  void restore() {
    limit(settings.perAddress(), settings.perNetwork(), settings.everyone());
  }

  private Bucket bucket(String key, int capacity) {
    if (buckets.size() >= MAX_BUCKETS && !buckets.containsKey(key)) {
      log.warn("Detention lookup: {} rate-limit buckets in use; all forgotten", buckets.size());
      buckets.clear();
    }
    return buckets.computeIfAbsent(
        key,
        k ->
            Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(
                    Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, settings.window())
                        .build())
                .build());
  }

  /** The address (an IPv6 address's /64) and its block; anything else is its own of both. */
  static String[] source(String remote) {
    try {
      var ip = InetAddress.ofLiteral(remote.strip());
      byte[] b = ip.getAddress();
      if (ip instanceof Inet4Address) {
        return new String[] {
          ip.getHostAddress(), (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "/24"
        };
      }
      var hex = HexFormat.of();
      return new String[] {hex.formatHex(b, 0, 8) + "/64", hex.formatHex(b, 0, 6) + "/48"};
    } catch (IllegalArgumentException e) {
      return new String[] {remote, remote};
    }
  }
}
