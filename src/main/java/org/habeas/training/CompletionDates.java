package org.habeas.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.habeas.system.Problem;

/**
 * When a completion may be dated. A completion carries a calendar day without a zone, and the
 * training of one instance spans zones (Astana, Aktobe, London): a day is "in the future" when no
 * place on earth has reached it yet, that is after today on the Line Islands (UTC+14), the first
 * zone to start a day. So a course finished today anywhere is never refused, and tomorrow's date
 * is.
 */
public final class CompletionDates {

  /** The zone where each day begins first. */
  public static final ZoneId FIRST_TO_START_THE_DAY = ZoneId.of("Pacific/Kiritimati");

  private CompletionDates() {}

  /** The latest day a completion may carry now. */
  public static LocalDate latest(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), FIRST_TO_START_THE_DAY);
  }

  /** Whether the day has not begun anywhere yet. */
  public static boolean inFuture(LocalDate day, Clock clock) {
    return day.isAfter(latest(clock));
  }

  /** Refuses a completion dated in the future, naming the field. */
  static void requireNotFuture(String field, LocalDate day, Clock clock) {
    if (inFuture(day, clock)) {
      throw Problem.badField(field, "training.completion.future");
    }
  }
}
