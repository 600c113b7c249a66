package org.habeas.complaints.casefile;

/**
 * The Istanbul Protocol's scale for how a finding relates to an allegation (paragraph 187 of the
 * 2004 edition, kept in the 2022 revision), weakest first.
 */
public enum Consistency {
  /** The finding could not have been caused by the trauma described. */
  NOT_CONSISTENT,
  /** The finding could have been caused by it, but is non-specific; there are many other causes. */
  CONSISTENT,
  /** The finding could have been caused by it, and there are few other possible causes. */
  HIGHLY_CONSISTENT,
  /** An appearance usually found with this type of trauma, but there are other possible causes. */
  TYPICAL,
  /** This appearance could not have been caused in any way other than that described. */
  DIAGNOSTIC
}
