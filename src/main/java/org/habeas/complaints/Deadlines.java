package org.habeas.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How long a complaint may stay in each status before it is overdue, and how long before that it
 * counts as nearing. The durations come from configuration ({@code habeas.complaints.deadlines.*}),
 * not from law: see {@link ComplaintSettings}.
 */
public record Deadlines(Map<ComplaintStatus, Duration> limits, Duration warning) {

  /** How a complaint stands against its deadline. */
  public enum Level {
    /** No deadline (closed, or none configured). */
    NONE,
    ON_TIME,
    NEARING,
    OVERDUE
  }

  public Deadlines {
    limits = Map.copyOf(limits);
  }

  /** When the complaint's current status falls due, if it has a deadline. */
  public @Nullable Instant dueAt(ComplaintState state) {
    if (state.status() == ComplaintStatus.CLOSED) {
      return null;
    }
    var limit = limits.get(state.status());
    return limit == null ? null : state.statusSince().plus(limit);
  }

  /** Where a due instant stands at {@code now}. */
  public Level level(@Nullable Instant dueAt, Instant now) {
    if (dueAt == null) {
      return Level.NONE;
    }
    if (!now.isBefore(dueAt)) {
      return Level.OVERDUE;
    }
    return now.plus(warning).isBefore(dueAt) ? Level.ON_TIME : Level.NEARING;
  }
}
