package org.habeas.complaints.casefile;

/** How an alleged perpetrator took part in an act (HURIDOCS "degree of involvement"). */
public enum Involvement {
  DIRECT,
  ORDERED,
  ASSISTED,
  FAILED_TO_INTERVENE,
  PRESENT
}
