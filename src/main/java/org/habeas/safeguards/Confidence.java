package org.habeas.safeguards;

/**
 * How sure Habeas is of a rule, as legal-rules.md grades it.
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
