package org.habeas.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.habeas.complaints.IntakeLimits.Door;
import org.habeas.complaints.IntakeLimits.TooMany;
import org.junit.jupiter.api.Test;

/**
 * The public door's limits: per address and per network block, never one bucket for everyone; time
 * is a clock the test moves, nothing sleeps.
 */
class IntakeLimitsTest {

  /** A clock that stands still until the test moves it. */
  static final class StillClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** The shipped defaults: 10 lodgings per address, 50 per block, 60 and 300 look-ups, an hour. */
  static ComplaintSettings defaults() {
    return new ComplaintSettings(
        new ComplaintSettings.Limits(
            Duration.ofDays(3),
            Duration.ofDays(3),
            Duration.ofDays(30),
            Duration.ofDays(10),
            Duration.ofDays(60),
            Duration.ofHours(24)),
        Duration.ofDays(1),
        Duration.ofDays(7),
        10,
        50,
        60,
        300,
        Duration.ofHours(1),
        5_242_880,
        3);
  }

  private final StillClock clock = new StillClock();
  private final IntakeLimits limits = new IntakeLimits(defaults(), clock);

  private int lodged(String address, int tries) {
    int ok = 0;
    for (int i = 0; i < tries; i++) {
      try {
        limits.acquire(address);
        ok++;
      } catch (TooMany e) {
        // counted as refused
      }
    }
    return ok;
  }

  @Test
  void fiftyTwoAddressesInFiftyTwoBlocksCannotShutTheDoorToTheFiftyThird() {
    // The finding: 52 addresses × 10 posts emptied the one global bucket of 500 in 2.9 s.
    int accepted = 0;
    for (int block = 1; block <= 52; block++) {
      accepted += lodged("198.18." + block + ".9", 10);
    }
    assertThat(accepted).isEqualTo(520);
    // Each flooder is now held at its own limit...
    assertThatThrownBy(() -> limits.acquire("198.18.1.9")).isInstanceOf(TooMany.class);
    // ...and a complainant anywhere else is served.
    assertThatNoException().isThrownBy(() -> limits.acquire("203.0.113.53"));
    assertThatNoException().isThrownBy(() -> limits.acquire("198.18.53.9"));
  }

  @Test
  void oneBlockFloodingFromManyAddressesIsHeldAtTheBlocksShare() {
    int accepted = 0;
    for (int host = 1; host <= 20; host++) {
      accepted += lodged("192.0.2." + host, 10);
    }
    assertThat(accepted).as("the /24's share").isEqualTo(50);
    assertThatThrownBy(() -> limits.acquire("192.0.2.200"))
        .as("a fresh address in the flooded block")
        .isInstanceOf(TooMany.class);
    assertThatNoException()
        .as("the neighbouring block")
        .isThrownBy(() -> limits.acquire("192.0.3.1"));
  }

  @Test
  void anIpv6HostCannotEscapeByRotatingWithinItsSlash64OrSlash48() {
    int accepted = 0;
    for (int i = 1; i <= 30; i++) {
      accepted += lodged("2001:db8:1:1::" + Integer.toHexString(i), 1);
    }
    assertThat(accepted).as("one /64 is one address").isEqualTo(10);
    accepted = 0;
    for (int i = 2; i <= 100; i++) {
      accepted += lodged("2001:db8:1:" + Integer.toHexString(i) + "::1", 1);
    }
    assertThat(accepted).as("one /48 shares 50 with the first /64's 10").isEqualTo(40);
    assertThatNoException().isThrownBy(() -> limits.acquire("2001:db8:2::1"));
  }

  @Test
  void theRefusalSaysWhenToTryAgainAndThenItWorks() {
    assertThat(lodged("198.51.100.7", 10)).isEqualTo(10);
    var refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            TooMany.class, () -> limits.acquire("198.51.100.7"));
    assertThat(org.habeas.system.web.ProblemStatus.of(refused)).isEqualTo(429);
    assertThat(refused.code()).isEqualTo("complaints.tooMany");
    // Ten an hour, refilled gradually: one more after six minutes.
    assertThat(refused.retryAfterSeconds()).isEqualTo(360);
    assertThat(refused.args()).containsExactly(6L);
    clock.advance(Duration.ofSeconds(refused.retryAfterSeconds() - 1));
    assertThatThrownBy(() -> limits.acquire("198.51.100.7")).isInstanceOf(TooMany.class);
    clock.advance(Duration.ofSeconds(1));
    assertThatNoException().isThrownBy(() -> limits.acquire("198.51.100.7"));
  }

  @Test
  void statusLookUpsHaveTheirOwnMoreGenerousLimits() {
    int looked = 0;
    for (int i = 0; i < 100; i++) {
      try {
        limits.acquire(Door.STATUS, "198.51.100.8");
        looked++;
      } catch (TooMany e) {
        // refused
      }
    }
    assertThat(looked).isEqualTo(60);
    assertThat(lodged("198.51.100.8", 10))
        .as("following a complaint never costs the right to lodge one")
        .isEqualTo(10);
  }

  @Test
  void aRefusalByTheBlockDoesNotSpendTheAddresssOwnToken() {
    limits.limit(new IntakeLimits.Limits(3, 4, 60, 300));
    assertThat(lodged("192.0.2.1", 3)).isEqualTo(3);
    assertThat(lodged("192.0.2.2", 1)).isEqualTo(1);
    assertThat(lodged("192.0.2.2", 5)).as("the block is spent").isZero();
    // A quarter of an hour gives the block one token back and each address three quarters of
    // one: .2 lodges again only if the five refusals left its own two tokens untouched.
    clock.advance(Duration.ofMinutes(15));
    assertThat(lodged("192.0.2.2", 1)).isEqualTo(1);
  }

  @Test
  void sourcesAreKeyedByAddressAndBlock() {
    assertThat(IntakeLimits.Source.of("10.1.2.3"))
        .isEqualTo(new IntakeLimits.Source("10.1.2.3", "10.1.2/24"));
    assertThat(IntakeLimits.Source.of("::ffff:10.1.2.3").network()).isEqualTo("10.1.2/24");
    assertThat(IntakeLimits.Source.of("2001:db8:1:2:3:4:5:6"))
        .isEqualTo(new IntakeLimits.Source("20010db800010002/64", "20010db80001/48"));
    assertThat(IntakeLimits.Source.of("not-an-ip"))
        .isEqualTo(new IntakeLimits.Source("not-an-ip", "not-an-ip"));
  }
}
