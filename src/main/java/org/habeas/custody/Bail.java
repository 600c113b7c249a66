package org.habeas.custody;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * What the custody officer decided on bail at charge (PACE s.38): refused, the person is kept for
 * the first court sitting (s.46); granted, they leave on bail.
 */
public enum Bail {
  /** Bail refused: the person is held to be brought before a court (PACE ss.38, 46). */
  REFUSED("refused"),
  /** Bail granted: the person is released to appear at court on a later date. */
  GRANTED("granted");

  private final String code;

  Bail(String code) {
    this.code = code;
  }

  /** The JSON value: {@code refused} or {@code granted}. */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * The decision with the given JSON value.
   *
   * @throws IllegalArgumentException if no decision has that code
   */
  @JsonCreator
  public static Bail of(String code) {
    return Arrays.stream(values())
        .filter(b -> b.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown bail decision: " + code));
  }
}
