package org.habeas.custody;

/** How much of a custody record, and of the person in it, a viewer is shown. */
public enum Visibility {
  /** The whole record with the person's identity. */
  FULL,
  /** The person and the medical events only (a doctor at the facility). */
  MEDICAL,
  /** The whole record, the person replaced by a pseudonym until a reason is given (monitors). */
  PSEUDONYMISED,
  /** Nothing. */
  NONE
}
