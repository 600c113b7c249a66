package org.habeas.custody;

/** Which part of a person's deprivation of liberty a record describes, and so which rules apply. */
public enum CustodyPhase {
  /** Police custody, from apprehension until release or the hand-over to a remand prison. */
  POLICE,
  /**
   * Remand in custody at a remand prison, from the arrival it recorded after the hand-over (issue
   * 16): the profile's remand rules apply, the police rules are judged up to the hand-over.
   */
  REMAND
}
