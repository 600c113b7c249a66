package org.habeas.statistics.readmodel;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.habeas.statistics.StatisticsFilter;
import org.habeas.statistics.readmodel.Figures.Delay;
import org.habeas.statistics.readmodel.Figures.Totals;
import org.habeas.statistics.readmodel.RecordFacts.RuleCounts;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the figures of a filter from the monthly aggregates only: a handful of grouped queries over
 * rows per month, region, facility and profile, whatever the number of custody records.
 */
@Component
public class Dashboards {

  /**
   * How many records a read brings up to date before answering, at most: a request never waits for
   * a large backlog (a rebuild); the page says how many are still being counted, and the schedule's
   * thread counts them.
   */
  static final int CATCH_UP = 200;

  private final JdbcClient jdbc;
  private final Projector projector;
  private final Facilities facilities;

  Dashboards(JdbcClient jdbc, Projector projector, Facilities facilities) {
    this.jdbc = jdbc;
    this.projector = projector;
    this.facilities = facilities;
  }

  /** The figures, after bringing the read model up to date. */
  public Figures figures(StatisticsFilter f) {
    projector.catchUp(CATCH_UP);
    return read(f);
  }

  /** The figures as the read model holds them now (the benchmark measures this). */
  public Figures read(StatisticsFilter f) {
    var months = new ArrayList<String>();
    for (var m = f.from(); !m.isAfter(f.to()); m = m.plusMonths(1)) {
      months.add(m.toString());
    }
    var where = new StringBuilder(" where period_month >= ? and period_month <= ?");
    var params = new ArrayList<Object>(List.of(f.from().toString(), f.to().toString()));
    if (f.regionCode() != null) {
      where.append(" and region_code = ?");
      params.add(f.regionCode());
    }
    if (f.facilityId() != null) {
      where.append(" and facility_id = ?");
      params.add(f.facilityId());
    }
    if (f.profile() != null) {
      where.append(" and profile_code = ?");
      params.add(f.profile());
    }
    if (f.jurisdiction() != null) {
      // A region lies in one state: the state's regions select its figures in every aggregate.
      var regions =
          facilities.all().stream()
              .filter(x -> f.jurisdiction().equals(x.jurisdiction()))
              .map(Facility::regionCode)
              .distinct()
              .toList();
      if (regions.isEmpty()) {
        where.append(" and 1 = 0");
      } else {
        where.append(" and region_code in (").append("?, ".repeat(regions.size() - 1));
        where.append("?)");
        params.addAll(regions);
      }
    }
    String sums =
        "sum(records), sum(juveniles), sum(closed), sum(with_lawyer), sum(with_judge),"
            + " sum(questionings), sum(questionings_video), sum(questionings_night), sum(events),"
            + " sum(late_entries)";
    Map<String, Map<String, Long>> byMonthRegion = new TreeMap<>();
    Map<String, Totals> byRegion = new TreeMap<>();
    Map<String, Totals> byFacility = new TreeMap<>();
    jdbc.sql(
            "select period_month, region_code, facility_id, "
                + sums
                + " from stat_month"
                + where
                + " group by period_month, region_code, facility_id")
        .params(params)
        .query(
            (rs, i) -> {
              var t =
                  new Totals(
                      rs.getLong(4),
                      rs.getLong(5),
                      rs.getLong(6),
                      rs.getLong(7),
                      rs.getLong(8),
                      rs.getLong(9),
                      rs.getLong(10),
                      rs.getLong(11),
                      rs.getLong(12),
                      rs.getLong(13));
              byMonthRegion
                  .computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                  .merge(rs.getString(2), t.records(), Long::sum);
              byRegion.merge(rs.getString(2), t, Totals::plus);
              byFacility.merge(rs.getString(3), t, Totals::plus);
              return 1;
            })
        .list();
    var totals = byRegion.values().stream().reduce(Totals.ZERO, Totals::plus);
    // Rules by rule and region in one pass: the rule table for the country, compliance per region
    // for the map. Without a facility filter the rows kept per region answer.
    var ruleTable = f.facilityId() == null ? "stat_rule_region_month" : "stat_rule_month";
    Map<String, RuleCounts> rules = new TreeMap<>();
    Map<String, long[]> dueByRegion = new TreeMap<>();
    jdbc.sql(
            "select rule_id, region_code, sum(met), sum(late), sum(breached), sum(pending),"
                + " sum(waived), sum(not_applicable) from "
                + ruleTable
                + where
                + " group by rule_id, region_code")
        .params(params)
        .query(
            (rs, i) -> {
              var c =
                  new RuleCounts(
                      rs.getInt(3),
                      rs.getInt(4),
                      rs.getInt(5),
                      rs.getInt(6),
                      rs.getInt(7),
                      rs.getInt(8));
              rules.merge(rs.getString(1), c, RecordFacts::sum);
              var d = dueByRegion.computeIfAbsent(rs.getString(2), k -> new long[2]);
              d[0] += c.met();
              d[1] += c.met() + c.late() + c.breached();
              return 1;
            })
        .list();
    Map<String, Double> complianceByRegion = new TreeMap<>();
    dueByRegion.forEach(
        (region, d) -> {
          if (d[1] > 0) {
            complianceByRegion.put(region, 100.0 * d[0] / d[1]);
          }
        });
    Map<String, NavigableMap<Integer, Long>> lawyer = new TreeMap<>();
    Map<String, NavigableMap<Integer, Long>> judge = new TreeMap<>();
    // Without a facility filter the histograms kept per region answer with far fewer rows.
    var delays = f.facilityId() == null ? "stat_delay_region_month" : "stat_delay_month";
    jdbc.sql(
            "select measure, region_code, bucket, sum(n) from "
                + delays
                + where
                + " group by measure, region_code, bucket")
        .params(params)
        .query(
            (rs, i) -> {
              var target = StatStore.LAWYER.equals(rs.getString(1)) ? lawyer : judge;
              target
                  .computeIfAbsent(rs.getString(2), k -> new TreeMap<>())
                  .merge(rs.getInt(3), rs.getLong(4), Long::sum);
              return 1;
            })
        .list();
    return new Figures(
        f,
        months,
        totals,
        byMonthRegion,
        byFacility,
        byRegion,
        rules,
        Delay.of(merged(lawyer)),
        Delay.of(merged(judge)),
        byDelay(lawyer),
        byDelay(judge),
        complianceByRegion);
  }

  /** The months the read model has figures for, oldest first. */
  public List<YearMonth> monthsWithData() {
    return jdbc
        .sql("select distinct period_month from stat_month where records > 0 order by period_month")
        .query(String.class)
        .list()
        .stream()
        .map(YearMonth::parse)
        .toList();
  }

  private static NavigableMap<Integer, Long> merged(Map<String, NavigableMap<Integer, Long>> by) {
    var all = new TreeMap<Integer, Long>();
    by.values().forEach(h -> h.forEach((b, n) -> all.merge(b, n, Long::sum)));
    return all;
  }

  private static Map<String, Delay> byDelay(Map<String, NavigableMap<Integer, Long>> by) {
    var out = new TreeMap<String, Delay>();
    by.forEach((k, h) -> out.put(k, Delay.of(h)));
    return out;
  }
}
