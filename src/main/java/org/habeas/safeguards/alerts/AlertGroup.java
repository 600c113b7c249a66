package org.habeas.safeguards.alerts;

import java.time.ZoneId;
import java.util.List;

/**
 * One record's alerts in the inbox, the worst first: breaches before warnings, open before
 * acknowledged, the earliest deadline first.
 */
public record AlertGroup(String recordId, String pseudonym, List<Alert> alerts) {

  public AlertGroup {
    alerts = List.copyOf(alerts);
  }

  /** The worst alert of the record, which the group is ranked by. */
  public Alert worst() {
    return alerts.getFirst();
  }

  public boolean breached() {
    return worst().kind() == AlertKind.BREACHED;
  }

  /** The facility's zone, in which the group's times are shown. */
  public ZoneId zone() {
    return worst().zone();
  }

  public String facilityId() {
    return worst().facilityId();
  }

  /** How many of the group's alerts are still open. */
  public long open() {
    return alerts.stream().filter(a -> a.status() == AlertStatus.OPEN).count();
  }
}
