package org.habeas.detentionreports;

/** Where a report of a detention stands. */
public enum ReportState {
  /** No matching custody record yet, and the limit has not passed (or the profile sets none). */
  AWAITING_RECORD,
  /** No matching record within the limit: the prosecutor and the monitors were alerted. */
  ALERTED,
  /** A matching record was opened, after the limit. */
  OPENED_LATE,
  /** A matching record was opened within the limit (or before the report). */
  OPENED_IN_TIME
}
