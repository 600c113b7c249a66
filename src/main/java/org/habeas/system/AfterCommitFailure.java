package org.habeas.system;

/**
 * A listener after the commit that failed, told without what it was handling. Spring's handler of
 * asynchronous methods and Spring Modulith's registry log the exception such a listener throws,
 * message and causes included, and a database error's message may quote the row it refused (a name,
 * an allegation). This one names the listener, the record, the event and the kind of failure only,
 * and carries the failure's stack without its message: nothing personal reaches the log.
 */
public final class AfterCommitFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AfterCommitFailure(String listener, String recordId, int seq, Throwable failure) {
    super(
        listener
            + " failed for record "
            + recordId
            + " seq "
            + seq
            + " ("
            + failure.getClass().getName()
            + "); its publication stays incomplete and is resubmitted",
        null,
        false,
        true);
    setStackTrace(failure.getStackTrace());
  }
}
