package org.habeas.custody;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Whether a foreign national wants their consulate told (VCCR art. 36(1)(b)). */
public enum ConsularChoice {
  /** The person asked for their consulate to be told. */
  REQUESTED("requested"),
  /** The person did not want their consulate told. */
  DECLINED("declined");

  private final String code;

  ConsularChoice(String code) {
    this.code = code;
  }

  /** The JSON value: {@code requested} or {@code declined}. */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * The choice with the given JSON value.
   *
   * @throws IllegalArgumentException if no choice has that code
   */
  @JsonCreator
  public static ConsularChoice of(String code) {
    return Arrays.stream(values())
        .filter(s -> s.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown consular choice: " + code));
  }
}
