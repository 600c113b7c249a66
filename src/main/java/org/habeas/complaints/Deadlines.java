package org.habeas.complaints;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How long a complaint may stay in each status before it is overdue, and how long before that it
 * counts as nearing. The durations come from configuration ({@code habeas.complaints.deadlines.*}),
 * not from law: see {@link ComplaintSettings}.
 *
 * <p>A complaint from (or about) a person still held is urgent: its first deadline, while it is
 * received, is {@code stillHeldFirstResponse} (hours, from the profile of the complaint's
 * jurisdiction or the setting) when that is shorter than the ordinary one. Its warning stays the
 * same, so it counts as nearing its deadline from the start. Complaints from people no longer held
 * keep the ordinary deadlines.
 *
 * @param limits the ordinary deadline of each status
 * @param warning how long before its deadline a complaint counts as nearing it
 * @param stillHeldFirstResponse the first deadline of a complaint from a person still held; none
 *     when absent
 */
public record Deadlines(
    Map<ComplaintStatus, Duration> limits,
    Duration warning,
    @Nullable Duration stillHeldFirstResponse) {

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

  /** Deadlines with no shorter first deadline for people still held. */
  public Deadlines(Map<ComplaintStatus, Duration> limits, Duration warning) {
    this(limits, warning, null);
  }

  /** The same deadlines with the first response to a person still held due within {@code limit}. */
  public Deadlines withStillHeldFirstResponse(Duration limit) {
    return new Deadlines(limits, warning, limit);
  }

  /** When the complaint's current status falls due, if it has a deadline (nobody still held). */
  public @Nullable Instant dueAt(ComplaintState state) {
    return dueAt(state, false);
  }

  /**
   * When the complaint's current status falls due, if it has a deadline: while it is received, a
   * complaint from a person still held falls due after the shorter of the ordinary first deadline
   * and {@code stillHeldFirstResponse}.
   */
  public @Nullable Instant dueAt(ComplaintState state, boolean stillHeld) {
    if (state.status() == ComplaintStatus.CLOSED) {
      return null;
    }
    var limit = limits.get(state.status());
    if (stillHeld
        && state.status() == ComplaintStatus.RECEIVED
        && stillHeldFirstResponse != null
        && (limit == null || stillHeldFirstResponse.compareTo(limit) < 0)) {
      limit = stillHeldFirstResponse;
    }
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
