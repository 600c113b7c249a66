package org.habeas.system.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clock the sign-in tests move by hand, set past every sign-in and alert already recorded (the
 * test database outlives a run), so each test starts in windows of its own, whatever the day.
 */
final class SignInClock extends Clock {

  private volatile Instant now;

  private SignInClock(Instant now) {
    this.now = now;
  }

  /** A day after the latest of the application's now and everything recorded, on the hour. */
  static SignInClock fresh(JdbcClient jdbc, Clock application) {
    var latest = application.instant();
    for (var sql :
        new String[] {
          "select max(at) from sign_in_attempt", "select max(raised_at) from sign_in_alert"
        }) {
      for (Timestamp at : jdbc.sql(sql).query((rs, i) -> rs.getTimestamp(1)).list()) {
        if (at != null && at.toInstant().isAfter(latest)) {
          latest = at.toInstant();
        }
      }
    }
    return new SignInClock(latest.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS));
  }

  void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
