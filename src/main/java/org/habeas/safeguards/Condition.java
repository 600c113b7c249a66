package org.habeas.safeguards;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A fact about the person or the case that decides whether a rule applies, or which limit does.
 *
 * <p>All but {@link #INTOXICATED} hold for the whole record as it stands at the instant judged;
 * intoxication is a state that the last cell visit reported, so it can only choose a limit ({@code
 * variants}), never a rule.
 */
public enum Condition {
  /** Under 18 on the day of apprehension, in the zone of the facility of apprehension. */
  JUVENILE("juvenile"),
  /** A foreign national where held (so the consulate must be told). */
  FOREIGN_NATIONAL("foreignNational"),
  /** Suspected of an indictable offence, as recorded at apprehension; unknown counts as not. */
  INDICTABLE("indictable"),
  /**
   * Needs an interpreter: one was assigned, or the person's language is not a language of the
   * proceedings named by the profile.
   */
  INTERPRETER_NEEDED("interpreterNeeded"),
  /**
   * A foreign national's choice about telling their consulate is on record ({@code
   * ConsularNotificationChosen}): the rules that judge the choice take over from the one that
   * judges records without it.
   */
  CONSULAR_CHOICE_RECORDED("consularChoiceRecorded"),
  /** The last cell visit said the person was drunk or intoxicated. */
  INTOXICATED("intoxicated");

  private final String code;

  Condition(String code) {
    this.code = code;
  }

  /** The name used in profile documents, e.g. {@code foreignNational}. */
  public String code() {
    return code;
  }

  /** Whether the condition holds for the whole record, so a rule may depend on it. */
  public boolean ofRecord() {
    return this != INTOXICATED;
  }

  /** The condition with the given code. */
  public static Optional<Condition> of(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  private static final Map<String, Condition> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Condition::code, c -> c));

  @Override
  public String toString() {
    return code;
  }
}
