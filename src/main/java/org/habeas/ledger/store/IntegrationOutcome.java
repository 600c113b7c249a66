package org.habeas.ledger.store;

/** What one integration or signing transaction did. */
public sealed interface IntegrationOutcome {

  /** Another integrator held the lock; nothing was done. */
  record Busy() implements IntegrationOutcome {}

  /** There was nothing to do; the tree has {@code treeSize} leaves. */
  record Idle(long treeSize) implements IntegrationOutcome {}

  /** A batch of {@code count} leaves is now in the tree of {@code treeSize}. */
  record Integrated(int count, long treeSize) implements IntegrationOutcome {}

  /** The checkpoint {@code note} of the tree of {@code treeSize} was signed and stored. */
  record Signed(long treeSize, String note) implements IntegrationOutcome {}
}
