package org.habeas.complaints;

/** How a closed complaint ended. */
public enum Outcome {
  SUBSTANTIATED,
  NOT_SUBSTANTIATED,
  CRIMINAL_CASE,
  DISCIPLINARY_MEASURES,
  WITHDRAWN,
  OUTSIDE_MANDATE
}
