package org.habeas.custody;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a notice to a relative, consul or prosecutor was about. */
public enum NotificationSubject {
  /** The deprivation of liberty itself. */
  DETENTION("detention"),
  /** An injury or an allegation of ill-treatment (the prosecutor must register it). */
  ILL_TREATMENT("ill-treatment");

  private final String code;

  NotificationSubject(String code) {
    this.code = code;
  }

  /** The JSON value: {@code detention} or {@code ill-treatment}. */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * The subject with the given JSON value.
   *
   * @throws IllegalArgumentException if no subject has that code
   */
  @JsonCreator
  public static NotificationSubject of(String code) {
    return Arrays.stream(values())
        .filter(s -> s.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown notification subject: " + code));
  }
}
