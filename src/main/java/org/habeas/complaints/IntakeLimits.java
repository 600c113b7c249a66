package org.habeas.complaints;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.habeas.system.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rate limits of the public door, per client address and per network block, never for everyone
 * together: token buckets (Bucket4j) in this instance's memory, with no third-party service, timed
 * by the application's {@link Clock}. Over a limit the request is refused with 429, a {@code
 * Retry-After} and nothing stored.
 *
 * <p>A single bucket shared by all addresses was the earlier design, and 52 addresses posting ten
 * complaints each emptied it in three seconds and shut the door to every complainant for an hour.
 * Now an address (an IPv6 client's /64, which one host rotates through freely) has its own bucket,
 * and so has its network block (IPv4 /24, IPv6 /48), larger than an address's so that neighbours
 * behind one provider share it fairly: a flood is stopped at its own block and the other blocks are
 * still served. Lodging and status look-ups ({@link Door}) have separate buckets, the look-ups more
 * generous, so that following a complaint never costs the right to lodge one.
 */
@Component
public class IntakeLimits {

  private static final Logger log = LoggerFactory.getLogger(IntakeLimits.class);

  /** Buckets kept before idle (full) ones are forgotten. */
  static final int MAX_BUCKETS = 200_000;

  /** What a request at the public door does; each has its own limits. */
  public enum Door {
    LODGE,
    STATUS
  }

  /** The limits in force: per address and per network block, for each door. */
  record Limits(int perAddress, int perNetwork, int statusPerAddress, int statusPerNetwork) {
    int perAddress(Door door) {
      return door == Door.LODGE ? perAddress : statusPerAddress;
    }

    int perNetwork(Door door) {
      return door == Door.LODGE ? perNetwork : statusPerNetwork;
    }
  }

  /** Refused for now: {@code complaints.tooMany} with the minutes to wait; 429. */
  public static final class TooMany extends Problem {
    private final long retryAfterSeconds;

    TooMany(long retryAfterSeconds) {
      super(Kind.TOO_MANY, "complaints.tooMany", List.of(), minutes(retryAfterSeconds));
      this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The value of the {@code Retry-After} header: whole seconds, at least one. */
    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }

    /** The minutes to wait, rounded up, at least one: what the public pages say. */
    public long waitMinutes() {
      return minutes(retryAfterSeconds);
    }

    private static long minutes(long seconds) {
      return Math.max(1, (seconds + 59) / 60);
    }
  }

  private record Held(Bucket bucket, int capacity) {}

  private final ComplaintSettings settings;
  private final TimeMeter time;
  private volatile Limits limits;
  private final Map<String, Held> buckets = new ConcurrentHashMap<>();

  IntakeLimits(ComplaintSettings settings, Clock clock) {
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
    this.limits = configured(settings);
  }

  private static Limits configured(ComplaintSettings s) {
    return new Limits(s.perAddress(), s.perNetwork(), s.statusPerAddress(), s.statusPerNetwork());
  }

  /**
   * Takes one lodging's token for {@code address}.
   *
   * @throws TooMany when the address or its network block is over its limit
   */
  public void acquire(String address) {
    acquire(Door.LODGE, address);
  }

  /**
   * Takes one request's token at {@code door} for {@code address} and for its network block.
   *
   * @throws TooMany when either is over its limit (then neither token is taken)
   */
  public void acquire(Door door, String address) {
    var from = Source.of(address);
    var l = limits;
    var mine = bucket(door + " " + from.address(), l.perAddress(door));
    var block = bucket(door + " net " + from.network(), l.perNetwork(door));
    var own = mine.tryConsumeAndReturnRemaining(1);
    if (!own.isConsumed()) {
      log.info("Complaints: public {} refused, over the per-address limit", door);
      throw new TooMany(seconds(own.getNanosToWaitForRefill()));
    }
    var shared = block.tryConsumeAndReturnRemaining(1);
    if (!shared.isConsumed()) {
      mine.addTokens(1);
      log.info("Complaints: public {} refused, over the network block's limit", door);
      throw new TooMany(seconds(shared.getNanosToWaitForRefill()));
    }
  }

  /** Sets other lodging limits (per address, per network block) and forgets every bucket. */
  public void limit(int perAddress, int perNetwork) {
    limit(Door.LODGE, perAddress, perNetwork);
  }

  /**
   * Sets other limits for one door (per address, per network block), keeps the other door's, and
   * forgets every bucket.
   */
  public void limit(Door door, int perAddress, int perNetwork) {
    var l = limits;
    this.limits =
        door == Door.LODGE
            ? new Limits(perAddress, perNetwork, l.statusPerAddress(), l.statusPerNetwork())
            : new Limits(l.perAddress(), l.perNetwork(), perAddress, perNetwork);
    reset();
  }

  /** Sets every limit and forgets every bucket (tests; an operator through a restart). */
  void limit(Limits limits) {
    this.limits = limits;
    reset();
  }

  /** Every bucket full again, the limits unchanged. */
  public void reset() {
    buckets.clear();
  }

  /** Back to the configured limits. */
  public void restore() {
    limit(configured(settings));
  }

  private Bucket bucket(String key, int capacity) {
    if (buckets.size() >= MAX_BUCKETS && !buckets.containsKey(key)) {
      forgetIdle();
    }
    return buckets.computeIfAbsent(key, k -> new Held(newBucket(capacity), capacity)).bucket();
  }

  /**
   * Forgets the buckets that are full again (forgetting them changes nothing); if a flood from ever
   * new addresses still leaves too many, forgets them all rather than run out of memory.
   */
  private synchronized void forgetIdle() {
    if (buckets.size() < MAX_BUCKETS) {
      return;
    }
    buckets.values().removeIf(h -> h.bucket().getAvailableTokens() >= h.capacity());
    if (buckets.size() >= MAX_BUCKETS * 9L / 10) {
      log.warn("Complaints: {} rate-limit buckets in use; all forgotten", buckets.size());
      buckets.clear();
    }
  }

  private Bucket newBucket(int capacity) {
    Duration window = settings.window();
    return Bucket.builder()
        .withCustomTimePrecision(time)
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
        .build();
  }

  private static long seconds(long nanos) {
    return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
  }

  /**
   * Whom a request is counted against: the address (an IPv6 address's /64) and its network block
   * (IPv4 /24, IPv6 /48). Anything that is not an IP literal counts as its own address and block.
   */
  record Source(String address, String network) {

    static Source of(String remote) {
      byte[] b;
      try {
        var ip = InetAddress.ofLiteral(remote.strip());
        b = ip.getAddress();
        if (ip instanceof Inet4Address) {
          return new Source(
              ip.getHostAddress(),
              (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "/24");
        }
      } catch (IllegalArgumentException e) {
        return new Source(remote, remote);
      }
      var hex = HexFormat.of();
      return new Source(hex.formatHex(b, 0, 8) + "/64", hex.formatHex(b, 0, 6) + "/48");
    }
  }
}
