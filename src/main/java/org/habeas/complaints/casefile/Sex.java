package org.habeas.complaints.casefile;

/** A victim's sex as stated. */
public enum Sex {
  FEMALE,
  MALE,
  OTHER,
  NOT_STATED
}
