package org.habeas.safeguards.alerts;

/** What an alert warns of. */
public enum AlertKind {
  /** A deadline falls within the lead time and is still unmet. */
  APPROACHING,
  /** A deadline passed unmet, or a prohibited act was recorded. */
  BREACHED
}
