package org.habeas.complaints;

/** Where a complaint stands, in the order a complaint moves through them. */
public enum ComplaintStatus {
  RECEIVED,
  REGISTERED,
  UNDER_EXAMINATION,
  REFERRED_TO_PROSECUTOR,
  INVESTIGATION_OPENED,
  CLOSED;

  /**
   * Whether a complaint may move from this status to {@code next}: forward only, closed is final.
   */
  public boolean mayMoveTo(ComplaintStatus next) {
    return this != CLOSED && next.ordinal() > ordinal();
  }
}
