package org.habeas.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import org.habeas.overview.OverviewFigure;
import org.habeas.overview.OverviewSource;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The overview's monitoring numbers: visits planned, visits whose day has come but that are not yet
 * recorded as made, and open recommendations past their deadline. A day is the facility's own (a
 * recommendation with no facility: Astana's).
 */
@Component
class MonitoringOverview implements OverviewSource {

  static final ZoneId COMMISSION = ZoneId.of("Asia/Almaty");
  private static final int PAGE = 500;

  private final Visits visits;
  private final Recommendations recommendations;
  private final Facilities facilities;

  MonitoringOverview(Visits visits, Recommendations recommendations, Facilities facilities) {
    this.visits = visits;
    this.recommendations = recommendations;
    this.facilities = facilities;
  }

  @Override
  public List<OverviewFigure> figures(Actor actor, Instant now) {
    long planned = 0;
    long underWay = 0;
    for (int offset = 0; ; offset += PAGE) {
      var page = visits.list(actor, null, offset, PAGE);
      for (var v : page) {
        if (v.made()) {
          continue;
        }
        if (v.date().isAfter(today(v.facilityId(), now))) {
          planned++;
        } else {
          underWay++;
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    long overdue = 0;
    Predicate<Recommendation> late =
        r ->
            r.status().open()
                && r.deadline() != null
                && r.deadline().isBefore(today(r.facilityId(), now));
    for (int offset = 0; ; offset += PAGE) {
      var page = recommendations.list(actor, Recommendations.Filter.none(), offset, PAGE);
      overdue += page.stream().filter(late).count();
      if (page.size() < PAGE) {
        break;
      }
    }
    return List.of(
        new OverviewFigure(
            "visits-planned",
            "overview.visits.planned",
            planned,
            "/monitoring/visits",
            30,
            List.of()),
        new OverviewFigure(
            "visits-under-way",
            "overview.visits.underWay",
            underWay,
            "/monitoring/visits",
            31,
            List.of()),
        new OverviewFigure(
            "recommendations-overdue",
            "overview.recommendations.overdue",
            overdue,
            "/monitoring/recommendations?overdue=true",
            40,
            List.of()));
  }

  private LocalDate today(@Nullable String facilityId, Instant now) {
    var zone =
        facilityId == null
            ? COMMISSION
            : facilities.find(facilityId).map(Facility::zone).orElse(COMMISSION);
    return LocalDate.ofInstant(now, zone);
  }
}
