package org.habeas.field;

import org.habeas.safeguards.ExternalAlerts;

/** The types of a registration's steps, as stored and committed to the ledger. */
final class Steps {

  static final String PREFIX = ExternalAlerts.FIELD_RULE_PREFIX;
  static final String REGISTERED = PREFIX + "Registered";
  static final String RECORD_OPENED = PREFIX + "RecordOpened";
  static final String ALERTED = PREFIX + "Alerted";

  /** The alert's rule: no arrival (no record opened) within the registration limit. */
  static final String RULE = PREFIX + "noArrival";

  private Steps() {}
}
