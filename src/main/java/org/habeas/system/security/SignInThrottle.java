package org.habeas.system.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per account and per client address, as token buckets (Bucket4j) in this
 * instance's memory: {@code habeas.sign-in.per-account} and {@code per-address} failures in each
 * {@code window}; past either, sign-in is refused unchecked until the window turns. There is no
 * lockout beyond the window, so an attacker can delay a real user by one window at a time but never
 * shut them out for good, and the burst alert tells administrators it is happening.
 *
 * <p>Only failures count: a user who signs in often is never slowed down. The time is the
 * application's {@link Clock}.
 */
@Component
class SignInThrottle {

  private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

  /** Past this many keys, idle (full) buckets are forgotten; they hold nothing. */
  private static final int MAX_KEYS = 50_000;

  private final int perAccount;
  private final int perAddress;
  private final Duration window;
  private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
  private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
  private volatile Clock clock;
  private final TimeMeter time =
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

  SignInThrottle(
      Clock clock,
      @Value("${habeas.sign-in.per-account}") int perAccount,
      @Value("${habeas.sign-in.per-address}") int perAddress,
      @Value("${habeas.sign-in.window}") Duration window) {
    this.clock = clock;
    this.perAccount = perAccount;
    this.perAddress = perAddress;
    this.window = window;
  }

  /** Now, on the sign-in clock. */
  Instant now() {
    return clock.instant();
  }

  /** How long until {@code account} may try again from {@code address}, if it may not now. */
  Optional<Duration> refusal(String account, String address) {
    long nanos = Math.max(wait(accounts.get(key(account))), wait(addresses.get(address)));
    return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
  }

  private static long wait(Bucket bucket) {
    if (bucket == null) {
      return 0;
    }
    var probe = bucket.estimateAbilityToConsume(1);
    return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
  }

  /** Counts one failure against the account and the address. */
  void failed(String account, String address) {
    forgetIdleIfFull();
    accounts.computeIfAbsent(key(account), k -> bucket(perAccount)).tryConsume(1);
    addresses.computeIfAbsent(address, k -> bucket(perAddress)).tryConsume(1);
  }

  /** The account's key: as typed, case and surrounding blanks aside, at most 100 characters. */
  private static String key(String account) {
    var k = account.strip().toLowerCase(Locale.ROOT);
    return k.length() > 100 ? k.substring(0, 100) : k;
  }

  private void forgetIdleIfFull() {
    if (accounts.size() + addresses.size() <= MAX_KEYS) {
      return;
    }
    accounts.values().removeIf(b -> b.getAvailableTokens() >= perAccount);
    addresses.values().removeIf(b -> b.getAvailableTokens() >= perAddress);
    if (accounts.size() + addresses.size() > MAX_KEYS) {
      // Failures under very many names at once: the addresses' buckets still hold, and the
      // burst alert has been raised.
      log.warn("Sign-in throttle: too many accounts tried at once, their counts forgotten");
      accounts.clear();
    }
  }

  private Bucket bucket(int capacity) {
    return Bucket.builder()
        .withCustomTimePrecision(time)
        .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
        .build();
  }

  /** Forgets every count (tests; an operator through a restart). */
  void reset() {
    accounts.clear();
    addresses.clear();
  }

  /** Reads the time from {@code clock} from now on, every count forgotten (tests). */
  void useClock(Clock clock) {
    this.clock = clock;
    reset();
  }
}
