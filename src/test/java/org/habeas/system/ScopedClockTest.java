package org.habeas.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ScopedClockTest {

  static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
  static final Instant PAST = Instant.parse("2025-11-02T22:15:00Z");

  final ScopedClock clock = new ScopedClock(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void readsTheOtherTimeOnlyWhileTheWorkRuns() {
    var during = clock.at(Clock.fixed(PAST, ZoneOffset.UTC), clock::instant);

    assertThat(during).isEqualTo(PAST);
    assertThat(clock.instant()).isEqualTo(NOW);
  }

  @Test
  void anotherThreadKeepsTheRealTime() {
    var elsewhere =
        clock.at(
            Clock.fixed(PAST, ZoneOffset.UTC),
            () -> CompletableFuture.supplyAsync(clock::instant).join());

    assertThat(elsewhere).isEqualTo(NOW);
  }

  @Test
  void nestedSettingsUnwindInOrderEvenWhenTheWorkFails() {
    var outer = Clock.fixed(PAST, ZoneOffset.UTC);
    clock.at(
        outer,
        () -> {
          assertThatThrownBy(
                  () ->
                      clock.at(
                          Clock.fixed(PAST.plusSeconds(60), ZoneOffset.UTC),
                          () -> {
                            throw new IllegalStateException("refused");
                          }))
              .hasMessage("refused");
          assertThat(clock.instant()).isEqualTo(PAST);
        });
    assertThat(clock.instant()).isEqualTo(NOW);
  }
}
