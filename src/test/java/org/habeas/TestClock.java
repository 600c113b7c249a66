package org.habeas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import org.habeas.system.Clocks;

/**
 * The application's clock as the test profile sets it, for test code that runs outside Spring
 * (static fixtures): it reads {@code habeas.clock.start} from the same properties file, so a
 * fixture's "now" is the application's "now", whatever day the suite runs.
 */
public final class TestClock {

  /** The clock the application runs on in the test profile. */
  public static final Clock CLOCK = Clocks.startingAt(start());

  private TestClock() {}

  /** The application's "now". */
  public static Instant now() {
    return CLOCK.instant();
  }

  /** The application's "today", in UTC. */
  public static LocalDate today() {
    return LocalDate.now(CLOCK);
  }

  private static Instant start() {
    var properties = new Properties();
    try (var in = TestClock.class.getResourceAsStream("/application-test.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Instant.parse(properties.getProperty("habeas.clock.start"));
  }
}
