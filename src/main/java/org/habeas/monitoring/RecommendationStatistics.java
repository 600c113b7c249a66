package org.habeas.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.habeas.statistics.Figure;
import org.habeas.statistics.RecommendationFigures;
import org.habeas.statistics.StatisticsFilter;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Recommendations for the statistics dashboards and the annual report, in counts only: those issued
 * in the filter's months, by implementation status and by the agency addressed. A recommendation
 * tied to no facility counts only when the filter names no region or facility.
 */
@Component
class RecommendationStatistics implements RecommendationFigures {

  private final Recommendations recommendations;
  private final Facilities facilities;
  private final MessageSource messages;

  RecommendationStatistics(
      Recommendations recommendations, Facilities facilities, MessageSource messages) {
    this.recommendations = recommendations;
    this.facilities = facilities;
    this.messages = messages;
  }

  @Override
  public Summary of(StatisticsFilter filter, Locale locale) {
    var from = filter.from().atDay(1);
    var to = filter.to().plusMonths(1).atDay(1);
    Map<String, Long> byStatus = new LinkedHashMap<>();
    for (var s : RecommendationStatus.values()) {
      byStatus.put(s.name(), 0L);
    }
    Map<String, Long> byAgency = new TreeMap<>();
    for (var r : recommendations.all()) {
      if (r.issuedOn().isBefore(from) || !r.issuedOn().isBefore(to) || !within(filter, r)) {
        continue;
      }
      byStatus.merge(r.status().name(), 1L, Long::sum);
      byAgency.merge(r.agency(), 1L, Long::sum);
    }
    return new Summary(
        figures(byStatus, "monitoring.status.", locale),
        figures(byAgency, "monitoring.agency.", locale));
  }

  private boolean within(StatisticsFilter filter, Recommendation r) {
    if (filter.regionCode() == null && filter.facilityId() == null && filter.profile() == null) {
      return filter.counts(
          r.facilityId() == null
              ? null
              : facilities.find(r.facilityId()).map(Facility::jurisdiction).orElse(null));
    }
    if (r.facilityId() == null) {
      return false;
    }
    var facility = facilities.find(r.facilityId());
    return facility.isPresent()
        && filter.counts(facility.get().jurisdiction())
        && (filter.facilityId() == null || filter.facilityId().equals(r.facilityId()))
        && (filter.regionCode() == null
            || filter.regionCode().equals(facility.map(Facility::regionCode).orElse(null)))
        && (filter.profile() == null
            || filter.profile().equals(facility.map(Facility::jurisdiction).orElse(null)));
  }

  private List<Figure> figures(Map<String, Long> counts, String prefix, Locale locale) {
    var out = new ArrayList<Figure>();
    counts.forEach(
        (key, n) ->
            out.add(
                new Figure(
                    key.toLowerCase(Locale.ROOT),
                    Objects.requireNonNullElse(
                        messages.getMessage(prefix + key, null, key, locale), key),
                    n)));
    return out;
  }
}
