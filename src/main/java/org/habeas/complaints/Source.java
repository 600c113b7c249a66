package org.habeas.complaints;

/** How a complaint came in. */
public enum Source {
  /** The public form or API, without sign-in. */
  PUBLIC,
  /** Written down by a signed-in monitor or lawyer. */
  STAFF,
  /** Made orally to a monitor during a visit, written down by them. */
  ORAL,
  /** Raised by an allegation or injury recorded in a custody record. */
  CUSTODY,
  /**
   * Raised by a report of a detention that no custody record acknowledged in time (module
   * detentionreports): a complaint of unlawful detention.
   */
  DETENTION_REPORT
}
