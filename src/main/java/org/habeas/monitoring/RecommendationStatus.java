package org.habeas.monitoring;

import java.util.EnumSet;
import java.util.Set;

/** Where a recommendation stands; the commission moves it, on reports and verification. */
public enum RecommendationStatus {
  NOT_STARTED,
  IN_PROGRESS,
  PARTIALLY_IMPLEMENTED,
  IMPLEMENTED,
  NOT_ACCEPTED;

  /**
   * The statuses this one may move to. Anything may move on, nothing to itself; a status may also
   * move back (a follow-up visit finds an implemented recommendation only partly so, an agency
   * accepts one it had refused), but nothing returns to "not started" once work was reported.
   */
  public Set<RecommendationStatus> next() {
    var all = EnumSet.allOf(RecommendationStatus.class);
    all.remove(this);
    all.remove(NOT_STARTED);
    return all;
  }

  public boolean mayMoveTo(RecommendationStatus other) {
    return next().contains(other);
  }

  /** Whether it is still open: an agency still owes work on it. */
  public boolean open() {
    return this == NOT_STARTED || this == IN_PROGRESS || this == PARTIALLY_IMPLEMENTED;
  }
}
