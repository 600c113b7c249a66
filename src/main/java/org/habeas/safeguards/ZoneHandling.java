package org.habeas.safeguards;

import java.util.Arrays;
import java.util.Optional;

/** Which facility's zone counts an event's "night" and "day". */
public enum ZoneHandling {
  /** The facility where the event happened: a transfer changes it (the default). */
  EVENT_FACILITY("event-facility"),
  /** The facility of apprehension, for the whole record. */
  APPREHENSION_FACILITY("apprehension-facility");

  private final String code;

  ZoneHandling(String code) {
    this.code = code;
  }

  /** The name used in profile documents. */
  public String code() {
    return code;
  }

  /** The handling with the given code. */
  public static Optional<ZoneHandling> of(String code) {
    return Arrays.stream(values()).filter(z -> z.code.equals(code)).findFirst();
  }

  @Override
  public String toString() {
    return code;
  }
}
