package org.habeas.complaints;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.habeas.statistics.ComplaintFigures;
import org.habeas.statistics.Figure;
import org.habeas.statistics.StatisticsFilter;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Complaint figures for the statistics dashboards and the annual report, in counts only: complaints
 * lodged in the period (months counted in UTC) by category and by outcome, and the days from
 * lodging to the decision that closed them. Complaints carry no jurisdiction profile, so a profile
 * filter narrows them through their facility's jurisdiction.
 */
@Component
class ComplaintStatistics implements ComplaintFigures {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final MessageSource messages;
  private final Facilities facilities;

  ComplaintStatistics(
      JdbcClient jdbc, JsonMapper json, MessageSource messages, Facilities facilities) {
    this.jdbc = jdbc;
    this.json = json;
    this.messages = messages;
    this.facilities = facilities;
  }

  private record Row(
      String id,
      @Nullable String category,
      String status,
      Duration open,
      @Nullable String facility) {}

  @Override
  public Summary of(StatisticsFilter filter, Locale locale) {
    var from = filter.from().atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    var to = filter.to().plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    var sql =
        new StringBuilder(
            "select c.id, cc.category, cc.status, c.lodged_at, cc.status_since, cc.facility_id"
                + " from complaint c join complaint_current cc on cc.complaint_id = c.id"
                + " where c.lodged_at >= :from and c.lodged_at < :to");
    var params = new HashMap<String, Object>();
    params.put("from", Timestamp.from(from));
    params.put("to", Timestamp.from(to));
    if (filter.regionCode() != null) {
      sql.append(" and cc.region_code = :region");
      params.put("region", filter.regionCode());
    }
    if (filter.facilityId() != null) {
      sql.append(" and cc.facility_id = :facility");
      params.put("facility", filter.facilityId());
    }
    var rows =
        jdbc
            .sql(sql.toString())
            .params(params)
            .query(
                (rs, i) ->
                    new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Duration.between(
                            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()),
                        rs.getString(6)))
            .list()
            .stream()
            .filter(
                r -> filter.profile() == null || filter.profile().equals(profileOf(r.facility())))
            .filter(r -> filter.counts(profileOf(r.facility())))
            .toList();
    var byCategory = new LinkedHashMap<String, Long>();
    for (var c : Category.values()) {
      byCategory.put(c.name(), 0L);
    }
    var byOutcome = new LinkedHashMap<String, Long>();
    var days = new ArrayList<Double>();
    var outcomes = outcomes(from, to);
    for (var r : rows) {
      byCategory.merge(r.category() == null ? "untriaged" : r.category(), 1L, Long::sum);
      if (ComplaintStatus.CLOSED.name().equals(r.status())) {
        var outcome = outcomes.getOrDefault(r.id(), "unknown");
        byOutcome.merge(outcome, 1L, Long::sum);
        days.add(r.open().toMinutes() / 1440.0);
      } else {
        byOutcome.merge("open", 1L, Long::sum);
      }
    }
    days.sort(null);
    return new Summary(
        figures(byCategory, "complaint.category.", locale),
        figures(byOutcome, "complaint.outcome.", locale),
        percentile(days, 0.5),
        percentile(days, 0.9));
  }

  private @Nullable String profileOf(@Nullable String facilityId) {
    return facilityId == null
        ? null
        : facilities.find(facilityId).map(Facility::jurisdiction).orElse(null);
  }

  /** The outcome each complaint lodged in [from, to) was closed with. */
  private Map<String, String> outcomes(Instant from, Instant to) {
    var out = new HashMap<String, String>();
    jdbc.sql(
            "select e.complaint_id, e.details from complaint_entry e"
                + " join complaint c on c.id = e.complaint_id"
                + " where e.type = ? and c.lodged_at >= ? and c.lodged_at < ?")
        .params(ComplaintEntry.STATUS_CHANGED, Timestamp.from(from), Timestamp.from(to))
        .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
        .list()
        .forEach(
            e -> {
              var details = json.readTree(e.getValue());
              if (ComplaintStatus.CLOSED.name().equals(details.path("status").asString(""))
                  && !details.path("outcome").isNull()
                  && !details.path("outcome").isMissingNode()) {
                out.put(e.getKey(), details.path("outcome").asString());
              }
            });
    return out;
  }

  private List<Figure> figures(Map<String, Long> counts, String prefix, Locale locale) {
    var out = new ArrayList<Figure>();
    counts.forEach(
        (key, n) -> {
          var code =
              switch (key) {
                case "open", "untriaged", "unknown" -> "complaint.stats." + key;
                default -> prefix + key;
              };
          out.add(
              new Figure(
                  key.toLowerCase(Locale.ROOT),
                  Objects.requireNonNullElse(messages.getMessage(code, null, key, locale), key),
                  n));
        });
    return out;
  }

  /** The p-quantile of sorted values by linear interpolation, or null when there are none. */
  static @Nullable Double percentile(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return null;
    }
    double pos = p * (sorted.size() - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (pos - lo);
  }
}
