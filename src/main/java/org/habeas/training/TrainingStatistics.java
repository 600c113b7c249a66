package org.habeas.training;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.habeas.statistics.StatisticsFilter;
import org.habeas.statistics.TrainingFigures;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Training coverage for the statistics dashboards and the annual report: per facility, the staff in
 * the directory and how many of them completed any course by the end of the period. Counts only.
 */
@Component
class TrainingStatistics implements TrainingFigures {

  private final JdbcClient jdbc;
  private final StaffDirectory directory;
  private final Facilities facilities;

  TrainingStatistics(JdbcClient jdbc, StaffDirectory directory, Facilities facilities) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.facilities = facilities;
  }

  @Override
  public List<Coverage> of(StatisticsFilter filter, Locale locale) {
    var end = filter.to().plusMonths(1).atDay(1);
    Set<String> trained =
        new HashSet<>(
            jdbc.sql("select distinct staff_id from training_completion where completed_on < ?")
                .param(Date.valueOf(end))
                .query(String.class)
                .list());
    var staff = new TreeMap<String, long[]>();
    for (var s : directory.all()) {
      if (s.facilityId() == null || !within(filter, s.facilityId())) {
        continue;
      }
      var counts = staff.computeIfAbsent(s.facilityId(), k -> new long[2]);
      counts[0]++;
      if (trained.contains(s.id())) {
        counts[1]++;
      }
    }
    var out = new ArrayList<Coverage>();
    staff.forEach((facility, c) -> out.add(new Coverage(facility, c[0], c[1])));
    return out;
  }

  private boolean within(StatisticsFilter filter, String facilityId) {
    if (filter.facilityId() != null && !filter.facilityId().equals(facilityId)) {
      return false;
    }
    if (filter.regionCode() == null && filter.profile() == null && filter.jurisdiction() == null) {
      return true;
    }
    var facility = facilities.find(facilityId);
    return facility.isPresent()
        && filter.counts(facility.get().jurisdiction())
        && (filter.regionCode() == null
            || filter.regionCode().equals(facility.map(Facility::regionCode).orElse(null)))
        && (filter.profile() == null
            || filter.profile().equals(facility.map(Facility::jurisdiction).orElse(null)));
  }
}
