package org.habeas.statistics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.habeas.statistics.StatisticsFilter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Benchmark, not part of the test suite (its name matches no test pattern): fills the statistics
 * read model of a PostgreSQL database with a million custody records' facts and their monthly
 * aggregates, then times the dashboard reads. Run:
 *
 * <pre>
 * createdb habeas_stats_bench
 * mvn -Dtest=StatisticsDashboardBench -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dhabeas.bench.db=jdbc:postgresql://127.0.0.1:5432/habeas_stats_bench test
 * </pre>
 *
 * The aggregates are built by SQL from the facts: the same rows the projector's incremental updates
 * add up to (StatisticsTests proves incremental and rebuilt figures equal).
 */
class StatisticsDashboardBench {

  static final int RECORDS = Integer.getInteger("habeas.bench.records", 1_000_000);

  @Test
  void dashboardsStayFastAtAMillionRecords() {
    var url =
        System.getProperty(
            "habeas.bench.db", "jdbc:postgresql://127.0.0.1:5432/habeas_stats_bench");
    var ds =
        new DriverManagerDataSource(url, System.getProperty("habeas.bench.user", "postgres"), "");
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .cleanDisabled(false)
        .load()
        .migrate();
    var jdbc = JdbcClient.create(ds);
    long t0 = System.nanoTime();
    for (var t :
        List.of(
            "stat_record",
            "stat_record_rule",
            "stat_month",
            "stat_rule_month",
            "stat_delay_month")) {
      jdbc.sql("truncate " + t).update();
    }
    // A million records over 24 months, 20 regions, 200 facilities, three profiles.
    jdbc.sql(
            """
            insert into stat_record (record_id, period_month, region_code, facility_id, profile_code,
              apprehended_at, juvenile, closed, lawyer_minutes, judge_minutes, questionings,
              questionings_video, questionings_night, events, late_entries, next_check_at, refreshed_at)
            select 'r' || g,
              to_char(date '2025-01-01' + (g % 730), 'YYYY-MM'),
              'reg' || (g % 20),
              'fac' || (g % 200),
              case when g % 50 = 0 then 'ew' when g % 17 = 0 then 'cpt' else 'kz' end,
              timestamp with time zone '2025-01-01 00:00:00+00' + (g % 730) * interval '1 day',
              g % 23 = 0,
              true,
              case when g % 5 = 0 then null else (g::bigint * 7919) % 900 end,
              case when g % 3 = 0 then null else 600 + (g::bigint * 104729) % 3000 end,
              1 + g % 3, g % 3, case when g % 11 = 0 then 1 else 0 end,
              12 + g % 9, case when g % 13 = 0 then 2 else 0 end,
              null, now()
            from generate_series(1, ?) g
            """)
        .param(RECORDS)
        .update();
    String key = "period_month, region_code, facility_id, profile_code";
    jdbc.sql(
            "insert into stat_month select "
                + key
                + ", count(*), sum(case when juvenile then 1 else 0 end),"
                + " sum(case when closed then 1 else 0 end), count(lawyer_minutes),"
                + " count(judge_minutes), sum(questionings), sum(questionings_video),"
                + " sum(questionings_night), sum(events), sum(late_entries) from stat_record group by "
                + key)
        .update();
    String bucket =
        "case when %1$s < 120 then %1$s - %1$s %% 5 when %1$s < 1440 then %1$s - %1$s %% 15"
            + " when %1$s < 10080 then %1$s - %1$s %% 60 else %1$s - %1$s %% 360 end";
    for (var m :
        List.of(
            new String[] {"lawyer", "lawyer_minutes"}, new String[] {"judge", "judge_minutes"})) {
      var b = bucket.formatted(m[1]);
      jdbc.sql(
              "insert into stat_delay_month select "
                  + key
                  + ", '"
                  + m[0]
                  + "', "
                  + b
                  + ", count(*) from stat_record where "
                  + m[1]
                  + " is not null group by "
                  + key
                  + ", "
                  + b)
          .update();
    }
    jdbc.sql(
            "insert into stat_delay_region_month select period_month, region_code, profile_code,"
                + " measure, bucket, sum(n) from stat_delay_month"
                + " group by period_month, region_code, profile_code, measure, bucket")
        .update();
    // Sixteen kz rules per aggregate row, with counts in proportion to its records.
    jdbc.sql(
            "insert into stat_rule_month select m.period_month, m.region_code, m.facility_id,"
                + " m.profile_code, 'kz.rule-' || r, m.records * 8 / 10, m.records / 10,"
                + " m.records / 20, 0, m.records / 40, m.records / 40"
                + " from stat_month m cross join generate_series(1, 16) r")
        .update();
    jdbc.sql(
            "insert into stat_rule_region_month select period_month, region_code, profile_code,"
                + " rule_id, sum(met), sum(late), sum(breached), sum(pending), sum(waived),"
                + " sum(not_applicable) from stat_rule_month"
                + " group by period_month, region_code, profile_code, rule_id")
        .update();
    long loaded = System.nanoTime() - t0;
    int aggregates = jdbc.sql("select count(*) from stat_month").query(Integer.class).single();
    jdbc.sql("analyze").update();

    var dashboards = new Dashboards(jdbc, null, null);
    var last = YearMonth.of(2026, 12);
    var filters =
        List.of(
            new StatisticsFilter(last.minusMonths(11), last, null, null, null),
            new StatisticsFilter(last.minusMonths(23), last, null, null, null),
            new StatisticsFilter(last.minusMonths(11), last, "reg3", null, null),
            new StatisticsFilter(last.minusMonths(11), last, "reg3", "fac23", "kz"));
    var names =
        List.of(
            "country, 12 months",
            "country, 24 months",
            "one region, 12 months",
            "one facility, 12 months");
    System.out.printf(
        "Statistics bench: %,d records, %,d monthly aggregate rows, loaded in %d s%n",
        RECORDS, aggregates, loaded / 1_000_000_000L);
    for (int i = 0; i < filters.size(); i++) {
      var f = filters.get(i);
      for (int w = 0; w < 5; w++) {
        dashboards.read(f);
      }
      var times = new ArrayList<Long>();
      Figures figures = null;
      for (int r = 0; r < 30; r++) {
        long s = System.nanoTime();
        figures = dashboards.read(f);
        times.add((System.nanoTime() - s) / 1000);
      }
      times.sort(Long::compare);
      System.out.printf(
          "Statistics bench: %-24s records %,9d  median %,6d µs  p90 %,6d µs  max %,6d µs  (lawyer median %s)%n",
          names.get(i),
          figures.totals().records(),
          times.get(15),
          times.get(27),
          times.getLast(),
          figures.lawyer().medianText());
      assertThat(figures.totals().records()).isPositive();
    }
  }
}
