package org.habeas.safeguards;

/** Where an obligation stands at the instant it was judged. */
public enum ObligationStatus {
  /** Not yet due, not yet met. */
  PENDING,
  /** Met within its limit. */
  MET,
  /** Met, but after its limit. */
  LATE,
  /** Its limit passed unmet, or a prohibited act happened (e.g. questioning without a lawyer). */
  BREACHED,
  /** Lawfully waived or dispensed with, and the waiver or reason recorded. */
  WAIVED,
  /** The rule's condition does not hold for this person, or custody ended before it fell due. */
  NOT_APPLICABLE
}
