package org.habeas.ledger.checkpoint;

/**
 * Thrown when the log is asked to sign a checkpoint that does not extend the last one it signed.
 */
public class InconsistentCheckpointException extends RuntimeException {

  /** Creates the exception with a message that says which rule the checkpoint broke. */
  public InconsistentCheckpointException(String message) {
    super(message);
  }
}
