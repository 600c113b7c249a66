package org.habeas.custody;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * How long a person has been held, set against the longest the law allows before a court.
 *
 * <p>An interim clock for the record page until the safeguards engine gives the real deadlines: 48
 * h in Kazakhstan (24 h for a juvenile) and under the CPT standards, 24 h from apprehension in
 * England and Wales; a recorded extension moves the limit out to its {@code until}.
 *
 * @param apprehendedAt when the clock started
 * @param until the moment the limit runs out
 * @param elapsed time held so far, or in all once the record is closed
 * @param limit the time allowed from apprehension to {@code until}
 * @param level how close the clock is to its limit
 */
public record DetentionClock(
    Instant apprehendedAt, Instant until, Duration elapsed, Duration limit, Level level) {

  /** How close to the limit a clock stands. */
  public enum Level {
    /** Less than three quarters of the limit used. */
    GREEN,
    /** Between three quarters of the limit and the limit itself. */
    AMBER,
    /** Over the limit. */
    RED,
    /** The record is closed: the clock has stopped. */
    CLOSED
  }

  /**
   * The clock of a record at {@code now}.
   *
   * @param zone the facility's zone, which decides the day of apprehension and so juvenile status
   */
  public static DetentionClock of(CustodyRecord r, Instant now, ZoneId zone) {
    return of(r, now, zone, null);
  }

  /**
   * The clock of a record at {@code now}, counting down to the legal limit the safeguards module
   * judged ({@link RecordJudged#legalLimit}, kept in custody's read model) where there is one, else
   * to the interim limit.
   *
   * @param legalUntil when the limit runs out, extensions included; null for the interim one
   */
  public static DetentionClock of(
      CustodyRecord r, Instant now, ZoneId zone, @Nullable Instant legalUntil) {
    Instant start = r.apprehendedAt();
    Instant until;
    if (legalUntil != null) {
      until = legalUntil;
    } else {
      until = start.plus(baseLimit(r, zone));
      if (r.extendedUntil() != null && r.extendedUntil().isAfter(until)) {
        until = r.extendedUntil();
      }
    }
    Instant end = r.isOpen() || r.closedAt() == null ? now : r.closedAt();
    Duration elapsed = Duration.between(start, end);
    Duration limit = Duration.between(start, until);
    return new DetentionClock(start, until, elapsed, limit, level(r, elapsed, limit));
  }

  /** Whole hours held. */
  public long hours() {
    return elapsed.toHours();
  }

  /** Time left before the limit; negative once it is passed. */
  public Duration remaining() {
    return limit.minus(elapsed);
  }

  private static Duration baseLimit(CustodyRecord r, ZoneId zone) {
    return switch (r.jurisdiction()) {
      case KZ -> Duration.ofHours(r.isJuvenile(zone) ? 24 : 48);
      case CPT -> Duration.ofHours(48);
      case EW -> Duration.ofHours(24);
    };
  }

  private static Level level(CustodyRecord r, Duration elapsed, Duration limit) {
    if (!r.isOpen()) {
      return Level.CLOSED;
    }
    if (elapsed.compareTo(limit) > 0) {
      return Level.RED;
    }
    // Compared in milliseconds to stay exact where a double of seconds would round.
    return elapsed.toMillis() * 4 >= limit.toMillis() * 3 ? Level.AMBER : Level.GREEN;
  }
}
