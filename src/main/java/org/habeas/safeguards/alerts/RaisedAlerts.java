package org.habeas.safeguards.alerts;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raising an alert from another module ({@link SweptDeadlines}): stored once under its key, whoever
 * raises it, and sent to the prosecutors of its region and to the monitors as every alert is.
 */
@Component
public class RaisedAlerts {

  private final Alerts alerts;
  private final Dispatch dispatch;

  RaisedAlerts(Alerts alerts, Dispatch dispatch) {
    this.alerts = alerts;
    this.dispatch = dispatch;
  }

  /**
   * Stores the alert unless one with the same key exists and queues its sending; returns its id
   * only if this call stored it. In the caller's transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<Long> raise(String key, Alert alert, Instant now) {
    var id = alerts.raise(key.length() <= 400 ? key : key.substring(0, 400), alert);
    id.ifPresent(stored -> dispatch.enqueue(alert.withId(stored), now));
    return id;
  }
}
