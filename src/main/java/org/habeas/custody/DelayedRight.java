package org.habeas.custody;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** A right whose exercise the law lets a senior officer delay, with reasons recorded. */
public enum DelayedRight {
  /** Access to a lawyer (PACE s.58). */
  LAWYER("lawyer"),
  /** Having someone told of the detention (PACE s.56). */
  NOTIFICATION("notification");

  private final String code;

  DelayedRight(String code) {
    this.code = code;
  }

  /** The JSON value: {@code lawyer} or {@code notification}. */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * The right with the given JSON value.
   *
   * @throws IllegalArgumentException if no right has that code
   */
  @JsonCreator
  public static DelayedRight of(String code) {
    return Arrays.stream(values())
        .filter(r -> r.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown delayed right: " + code));
  }
}
