package org.habeas.safeguards;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of rule the engine knows how to judge; a profile picks one per rule and gives its
 * terms.
 */
public enum RuleKind {
  /** A start event, then a meeting event within a limit (perhaps extended). */
  DEADLINE("deadline"),
  /** Like a deadline, but no extension can move it. */
  ABSOLUTE_MAX("absolute-max"),
  /** Something that must happen before the first questioning, perhaps also within a limit. */
  BEFORE_FIRST_QUESTIONING("before-first-questioning"),
  /** A check on each questioning, perhaps lawfully waived. */
  EVERY_QUESTIONING("every-questioning"),
  /** No questioning lasts longer than a limit without a long enough break. */
  CONTINUOUS_MAX("continuous-max"),
  /** Questioning in one calendar day of the facility stays under a total. */
  PER_DAY_TOTAL("per-day-total"),
  /** No questioning in a night window of the facility, unless urgency is recorded. */
  NIGHT_WINDOW("night-window"),
  /** A chain of checks, each due within an interval of the last (cell visits, reviews). */
  PERIODIC("periodic"),
  /** In each period of custody, an uninterrupted rest of a minimum length. */
  REST_PERIOD("rest-period"),
  /** Judges extensions of another rule's deadline. */
  EXTENSION("extension"),
  /** Judges who authorised a delay of a right, and why. */
  DELAY_AUTHORISATION("delay-authorisation"),
  /** Something that must not happen once an event forbids it, until another lifts that. */
  FORBIDDEN_AFTER("forbidden-after");

  private final String code;

  RuleKind(String code) {
    this.code = code;
  }

  /** The name used in profile documents. */
  public String code() {
    return code;
  }

  /** The kind with the given code. */
  public static Optional<RuleKind> of(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }

  @Override
  public String toString() {
    return code;
  }
}
