package org.habeas.system;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every module reads "now" from, so tests can hold time still.
 *
 * <p>With {@code habeas.clock.start} set (the test profile sets it) the clock reads that instant at
 * the moment the JVM started and ticks on from there: the demo data, and every test that reads it,
 * see the same days whatever day the suite runs, while time still moves forward within a run.
 * Anchoring at the JVM's start (not at the bean's creation) lets test code outside Spring compute
 * the very same clock with {@link #startingAt}. The bean is a {@link ScopedClock}: work that
 * records a past (a paper register, the demo data) sets it for its own thread instead of copying
 * services.
 */
@Configuration
public class Clocks {

  @Bean
  ScopedClock clock(@Value("${habeas.clock.start:}") @Nullable String start) {
    return new ScopedClock(
        start == null || start.isBlank() ? Clock.systemUTC() : startingAt(Instant.parse(start)));
  }

  /**
   * Bean Validation's {@code @Past}, {@code @PastOrPresent} and {@code @Future} read the same
   * clock.
   */
  @Bean
  ValidationConfigurationCustomizer validationClock(Clock clock) {
    return configuration -> configuration.clockProvider(() -> clock);
  }

  /** A UTC clock that read {@code start} when this JVM started and advances with the system's. */
  public static Clock startingAt(Instant start) {
    var jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    return Clock.offset(Clock.systemUTC(), Duration.between(jvmStart, start));
  }
}
