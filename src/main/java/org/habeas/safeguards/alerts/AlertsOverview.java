package org.habeas.safeguards.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.habeas.overview.OverviewFigure;
import org.habeas.overview.OverviewSource;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The overview's first number: open alerts of a deadline passed unmet (or a prohibited act), by
 * facility. Counted over the actor's inbox, read page by page.
 */
@Component
class AlertsOverview implements OverviewSource {

  static final String LINK = "/alerts?status=open&due=overdue";
  private static final int PAGE = 500;

  private final AlertInbox alerts;
  private final Facilities facilities;

  AlertsOverview(AlertInbox alerts, Facilities facilities) {
    this.alerts = alerts;
    this.facilities = facilities;
  }

  @Override
  public List<OverviewFigure> figures(Actor actor, Instant now) {
    Map<String, Long> byFacility = new TreeMap<>();
    for (int offset = 0; ; offset += PAGE) {
      var page = alerts.page(actor, AlertStatus.OPEN, offset, PAGE);
      page.stream()
          .filter(a -> a.kind() == AlertKind.BREACHED)
          .forEach(a -> byFacility.merge(a.facilityId(), 1L, Long::sum));
      if (page.size() < PAGE) {
        break;
      }
    }
    var names = new TreeMap<String, String>();
    facilities.all().forEach(f -> names.put(f.id(), f.name()));
    var parts = new ArrayList<OverviewFigure.Part>();
    byFacility.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(
            e ->
                parts.add(
                    new OverviewFigure.Part(
                        names.getOrDefault(e.getKey(), e.getKey()),
                        e.getValue(),
                        UriComponentsBuilder.fromUriString(LINK)
                            .queryParam("facility", e.getKey())
                            .toUriString())));
    long total = byFacility.values().stream().mapToLong(Long::longValue).sum();
    return List.of(
        new OverviewFigure("alerts-overdue", "overview.alerts.overdue", total, LINK, 10, parts));
  }
}
