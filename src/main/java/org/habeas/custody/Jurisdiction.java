package org.habeas.custody;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** The legal order a custody record is checked against, named as its safeguards profile is. */
public enum Jurisdiction {
  /** Kazakhstan: the Criminal Procedure Code of 2014. */
  KZ,
  /** The CPT standards and the ECHR baseline, for any Council of Europe state. */
  CPT,
  /** England and Wales: PACE 1984 and its Code C. */
  EW;

  /** The code used in JSON and in profile ids: {@code kz}, {@code cpt}, {@code ew}. */
  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The jurisdiction with the given code.
   *
   * @throws IllegalArgumentException if no jurisdiction has that code
   */
  @JsonCreator
  public static Jurisdiction of(String code) {
    return Arrays.stream(values())
        .filter(j -> j.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown jurisdiction: " + code));
  }
}
