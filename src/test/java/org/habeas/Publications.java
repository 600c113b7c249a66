package org.habeas;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for the listeners that run after a commit (statistics, training, complaints raised from
 * custody, detention reports' matching): each is a row of Spring Modulith's event publication
 * registry until it has run, and the row is deleted once it has (completion mode DELETE). A test
 * that reads what such a listener made waits here first, then asserts as before.
 */
public final class Publications {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Publications() {}

  /** Waits until no publication is on its way (failed ones are not: they wait for resubmission). */
  public static void awaitCompleted(JdbcClient jdbc) {
    awaitCompleted(jdbc, TIMEOUT);
  }

  /** Waits until no publication is on its way, at most {@code timeout}. */
  public static void awaitCompleted(JdbcClient jdbc, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      var open = inFlight(jdbc);
      if (open.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "publications still incomplete after " + timeout + ": " + String.join(", ", open));
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for publications", e);
      }
    }
  }

  /** The listeners of the publications still on their way, with their status. */
  private static List<String> inFlight(JdbcClient jdbc) {
    return jdbc.sql(
            "select listener_id, status from event_publication where completion_date is null"
                + " and (status is null or status <> 'FAILED')")
        .query((rs, i) -> rs.getString(1) + " " + rs.getString(2))
        .list();
  }
}
