package org.habeas.safeguards;

/**
 * Why an obligation stands as it does, where its status alone does not say; the UI shows it from
 * {@code safeguards.reason.<code>}.
 */
public enum Reason {
  /** The rule's condition does not hold for this person or case. */
  CONDITION_NOT_MET("condition-not-met"),
  /** Custody ended before the obligation fell due. */
  ENDED_BEFORE_DUE("ended-before-due"),
  /**
   * The event that ends the rule ({@code until}, e.g. the charge) came before the obligation fell
   * due: it is no longer owed.
   */
  STOPPED("stopped"),
  /** A delay authorised at or after the event that ends such delays (e.g. the charge). */
  AFTER_END("after-end"),
  /** The person was questioned before it was met. */
  QUESTIONED_BEFORE("questioned-before"),
  /** What every questioning needs was missing. */
  CHECK_FAILED("check-failed"),
  /** A valid waiver was recorded before the questioning. */
  WAIVED("waived"),
  /** Questioning during a lawful, recorded delay of the right (Ibrahim and Others v. UK). */
  DELAYED("delayed"),
  /** A waiver was recorded, but the law allows none here (mandatory defence). */
  WAIVER_NOT_ALLOWED("waiver-not-allowed"),
  /** A waiver was recorded without what makes it valid (in writing, a lawyer present). */
  WAIVER_INVALID("waiver-invalid"),
  /** Questioning at night, with an urgency reason recorded. */
  URGENCY("urgency"),
  /** Questioning at night without an urgency reason. */
  AT_NIGHT("at-night"),
  /** Questioning went on past its limit. */
  LIMIT_EXCEEDED("limit-exceeded"),
  /** Custody or the chain of checks paused after a check was already overdue. */
  CHECK_MISSED("check-missed"),
  /** No rest period long enough in the period. */
  NO_REST("no-rest"),
  /** The deadline was moved by a lawful extension. */
  EXTENDED("extended"),
  /** An extension on record was not lawful and did not move the deadline. */
  EXTENSION_IGNORED("extension-ignored"),
  /** Authorised by a rank the rule does not allow. */
  RANK_NOT_ALLOWED("rank-not-allowed"),
  /** The case does not allow it (e.g. not an indictable offence). */
  CASE_NOT_ELIGIBLE("case-not-eligible"),
  /** Granted before the required detention reviews. */
  TOO_FEW_REVIEWS("too-few-reviews"),
  /** Granted after the latest moment allowed. */
  TOO_LATE("too-late"),
  /** Granted beyond the furthest allowed; it counts only up to that. */
  CAPPED("capped"),
  /** Authorised by an officer who questioned the person. */
  INVOLVED_IN_CASE("involved-in-case"),
  /** Recorded long after it says it happened: a back-dating signal. */
  RECORDED_LATE("recorded-late"),
  /** A refusal to do it is on record (e.g. registration of a report refused): that is a breach. */
  REFUSED("refused"),
  /** It happened while an earlier event forbade it (e.g. against the person's recorded wish). */
  FORBIDDEN("forbidden");

  private final String code;

  Reason(String code) {
    this.code = code;
  }

  /** The code of its text, {@code safeguards.reason.<code>}. */
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
