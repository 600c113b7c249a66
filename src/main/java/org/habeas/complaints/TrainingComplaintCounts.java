package org.habeas.complaints;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.habeas.training.FacilityComplaintCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Complaints received per facility, for training's coverage page (set beside training, never
 * personal: counts only). A complaint counts for the facility it was lodged against.
 */
@Component
class TrainingComplaintCounts implements FacilityComplaintCounts {

  private final JdbcClient jdbc;

  TrainingComplaintCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Map<String, Long>> between(Instant from, Instant to) {
    var counts = new LinkedHashMap<String, Long>();
    jdbc.sql(
            "select facility_id, count(*) from complaint where facility_id is not null"
                + " and lodged_at >= ? and lodged_at < ? group by facility_id order by facility_id")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return Optional.of(counts);
  }
}
