package org.habeas.safeguards;

import java.time.Instant;

/**
 * Deadlines kept outside the custody records that the alert sweep judges too, at every sweep: a
 * report of a detention that no custody record acknowledges (module {@code detentionreports}) has
 * no record to index. Other modules implement this; the sweep calls each one after the records, so
 * every deadline runs on the one background loop. An implementation must be idempotent (a sweep may
 * run twice, on several instances) and keep its state in the database; it raises its alerts through
 * {@link RaisedAlerts}.
 */
public interface SweptDeadlines {

  /** Raises what is owed at {@code now}; returns how many alerts it raised. */
  int sweep(Instant now);
}
