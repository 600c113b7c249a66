package org.habeas.complaints;

/** Who makes the complaint. */
public enum ComplainantRole {
  VICTIM,
  RELATIVE,
  LAWYER,
  WITNESS,
  ANONYMOUS
}
