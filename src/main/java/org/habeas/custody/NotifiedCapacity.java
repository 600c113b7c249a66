package org.habeas.custody;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * In what capacity the person told of a detention was told: for a juvenile the law asks for a
 * parent, a guardian or another appropriate adult (UN Beijing Rules r. 10.1; PACE Code C 1.7).
 */
public enum NotifiedCapacity {
  /** A parent of the detained person. */
  PARENT("parent"),
  /** A legal guardian (or custodian, adoptive parent) of the detained person. */
  GUARDIAN("guardian"),
  /** Another appropriate adult: a social worker, a responsible adult acting for a juvenile. */
  APPROPRIATE_ADULT("appropriate-adult"),
  /** Another relative. */
  RELATIVE("relative"),
  /** Someone else the person named. */
  OTHER("other");

  private final String code;

  NotifiedCapacity(String code) {
    this.code = code;
  }

  /** The JSON value, e.g. {@code appropriate-adult}. */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * The capacity with the given JSON value.
   *
   * @throws IllegalArgumentException if none has that code
   */
  @JsonCreator
  public static NotifiedCapacity of(String code) {
    return Arrays.stream(values())
        .filter(c -> c.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown capacity: " + code));
  }
}
