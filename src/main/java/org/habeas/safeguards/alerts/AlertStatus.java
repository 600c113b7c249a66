package org.habeas.safeguards.alerts;

/** Where an alert stands in the inbox. */
public enum AlertStatus {
  OPEN,
  ACKNOWLEDGED,
  RESOLVED
}
