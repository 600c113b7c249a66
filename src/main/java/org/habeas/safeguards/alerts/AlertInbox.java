package org.habeas.safeguards.alerts;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.habeas.safeguards.LocalizedText;
import org.habeas.system.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The alert inbox as its reader sees it: the alerts the actor receives ({@link Alerts#receives}),
 * filtered, paged, grouped by record, and what the filter offers.
 */
@Component
public class AlertInbox {

  private final AlertInboxStore store;
  private final Clock clock;

  AlertInbox(AlertInboxStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** A page of the alerts the actor receives, newest first; all statuses when none is given. */
  public List<Alert> page(Actor actor, @Nullable AlertStatus status, int offset, int limit) {
    return page(actor, AlertFilter.status(status), offset, limit);
  }

  public long count(Actor actor, @Nullable AlertStatus status) {
    return count(actor, AlertFilter.status(status));
  }

  /** A page of the alerts the actor receives that the filter lets through, newest first. */
  public List<Alert> page(Actor actor, AlertFilter filter, int offset, int limit) {
    return store.page(where(actor, filter), offset, limit);
  }

  public long count(Actor actor, AlertFilter filter) {
    return store.count(where(actor, filter));
  }

  /**
   * A page of records with the alerts the filter lets through, grouped: records with a breach
   * first, then by the earliest deadline; in each group the worst alert first.
   */
  public List<AlertGroup> groups(Actor actor, AlertFilter filter, int offset, int limit) {
    var where = where(actor, filter);
    var records = store.groupRecords(where, offset, limit);
    if (records.isEmpty()) {
      return List.of();
    }
    var alerts = store.groupAlerts(where, records);
    var byRecord = new LinkedHashMap<String, List<Alert>>();
    records.forEach(r -> byRecord.put(r, new ArrayList<>()));
    alerts.forEach(a -> byRecord.computeIfAbsent(a.recordId(), r -> new ArrayList<>()).add(a));
    return byRecord.values().stream()
        .map(list -> new AlertGroup(list.getFirst().recordId(), list.getFirst().pseudonym(), list))
        .toList();
  }

  /** How many records have alerts the filter lets through. */
  public long groupCount(Actor actor, AlertFilter filter) {
    return store.groupCount(where(actor, filter));
  }

  /** A rule that raised alerts the actor receives, with its title in kk/ru/en. */
  public record RuleTitle(String id, LocalizedText title) {}

  /** The rules of the actor's alerts, for the inbox's filter. */
  public List<RuleTitle> rules(Actor actor) {
    return store.rules(AlertQuery.scope(actor));
  }

  /** The facilities of the actor's alerts, for the inbox's filter. */
  public List<String> facilityIds(Actor actor) {
    return store.facilityIds(AlertQuery.scope(actor));
  }

  private AlertQuery where(Actor actor, AlertFilter filter) {
    List<ZoneId> zones = List.of();
    if (filter.due() == AlertFilter.Due.TODAY || filter.due() == AlertFilter.Due.LATER) {
      zones = store.zones(AlertQuery.scope(actor)).stream().map(ZoneId::of).toList();
    }
    return AlertQuery.of(actor, filter, clock.instant(), zones);
  }
}
