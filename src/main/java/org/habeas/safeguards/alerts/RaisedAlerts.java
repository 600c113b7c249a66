package org.habeas.safeguards.alerts;

import java.time.Instant;
import java.util.Optional;
import org.habeas.safeguards.ExternalAlerts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link ExternalAlerts} through the inbox and the dispatch every alert goes through. */
@Component
class RaisedAlerts implements ExternalAlerts {

  private final Alerts alerts;
  private final Dispatch dispatch;

  RaisedAlerts(Alerts alerts, Dispatch dispatch) {
    this.alerts = alerts;
    this.dispatch = dispatch;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<Long> raiseBreach(String key, Raised r, Instant now) {
    var alert =
        new Alert(
            0,
            r.streamId(),
            r.pseudonym(),
            r.ruleId(),
            AlertKind.BREACHED,
            r.title(),
            r.basis(),
            r.startedAt(),
            r.dueAt(),
            r.facilityId(),
            r.regionCode(),
            r.zone(),
            now,
            AlertStatus.OPEN);
    var id = alerts.raise(key.length() <= 400 ? key : key.substring(0, 400), alert);
    id.ifPresent(stored -> dispatch.enqueue(alert.withId(stored), now));
    return id;
  }
}
