package org.habeas.safeguards;

/**
 * How sure Habeas is of a rule: the grade each rule carries, shown next to it everywhere (see
 * {@code docs/rules/README.md}).
 *
 * <p>Only {@link #L} is a lead that must be confirmed against the official text before a real
 * deployment; everywhere a rule shows, an {@code L} rule shows as unconfirmed.
 */
public enum Confidence {
  /** Read in the law or an official text. */
  H,
  /** Secondary sources that agree. */
  M,
  /** A lead only: unconfirmed. */
  L
}
