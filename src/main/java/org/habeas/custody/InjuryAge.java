package org.habeas.custody;

/**
 * How old the doctor estimates an injury to be (by its colour, scabbing, swelling), as forensic
 * body charts ask; an estimate, never a finding of when it was caused.
 */
public enum InjuryAge {
  /** Under a day. */
  HOURS,
  /** One to three days. */
  DAYS_1_3,
  /** Four to ten days. */
  DAYS_4_10,
  /** Older than ten days. */
  OLDER,
  /** Cannot be told. */
  UNKNOWN;

  /** The message key of the estimate's words. */
  public String label() {
    return "bodymap.age." + name();
  }
}
