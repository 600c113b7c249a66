package org.habeas.ledger.note;

/** Thrown when a note is malformed or its signatures do not satisfy the signed-note rules. */
public class InvalidNoteException extends RuntimeException {

  /** Creates the exception with a message that says what was wrong. */
  public InvalidNoteException(String message) {
    super(message);
  }
}
