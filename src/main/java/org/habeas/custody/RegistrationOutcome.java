package org.habeas.custody;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What became of a report of ill-treatment in the register of pre-trial investigations. */
public enum RegistrationOutcome {
  /** Entered in the register, under a number. */
  REGISTERED("registered"),
  /** Registration was refused, with a reason. */
  REFUSED("refused");

  private final String code;

  RegistrationOutcome(String code) {
    this.code = code;
  }

  /** The JSON value: {@code registered} or {@code refused}. */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * The outcome with the given JSON value.
   *
   * @throws IllegalArgumentException if no outcome has that code
   */
  @JsonCreator
  public static RegistrationOutcome of(String code) {
    return Arrays.stream(values())
        .filter(s -> s.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown registration outcome: " + code));
  }
}
