package org.habeas.statistics.readmodel;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import org.habeas.statistics.StatisticsFilter;
import org.habeas.statistics.readmodel.RecordFacts.RuleCounts;
import org.jspecify.annotations.Nullable;

/**
 * The custody and safeguards figures for one filter, read from the monthly aggregates.
 *
 * @param months every month of the filter, in order (for charts with no gaps)
 * @param totals the sums over everything the filter selects
 * @param byMonthRegion records by month, then region code
 * @param byFacility totals by facility id
 * @param byRegion totals by region code
 * @param rules per rule id, its obligations by status
 * @param lawyer time to lawyer, whole filter
 * @param judge time to judge, whole filter
 * @param lawyerByRegion time to lawyer by region code
 * @param judgeByRegion time to judge by region code
 * @param complianceByRegion per region code, obligations met on time as a per cent of those that
 *     fell due, all rules together
 */
public record Figures(
    StatisticsFilter filter,
    List<String> months,
    Totals totals,
    Map<String, Map<String, Long>> byMonthRegion,
    Map<String, Totals> byFacility,
    Map<String, Totals> byRegion,
    Map<String, RuleCounts> rules,
    Delay lawyer,
    Delay judge,
    Map<String, Delay> lawyerByRegion,
    Map<String, Delay> judgeByRegion,
    Map<String, Double> complianceByRegion) {

  /** Sums of the monthly aggregate columns. */
  public record Totals(
      long records,
      long juveniles,
      long closed,
      long withLawyer,
      long withJudge,
      long questionings,
      long questioningsVideo,
      long questioningsNight,
      long events,
      long lateEntries) {

    public static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Totals plus(Totals o) {
      return new Totals(
          records + o.records,
          juveniles + o.juveniles,
          closed + o.closed,
          withLawyer + o.withLawyer,
          withJudge + o.withJudge,
          questionings + o.questionings,
          questioningsVideo + o.questioningsVideo,
          questioningsNight + o.questioningsNight,
          events + o.events,
          lateEntries + o.lateEntries);
    }

    /** Share in whole per cent, or null when the whole is zero. */
    public static @Nullable Long percent(long part, long whole) {
      return whole == 0 ? null : Math.round(100.0 * part / whole);
    }

    public @Nullable Long videoPercent() {
      return percent(questioningsVideo, questionings);
    }

    public @Nullable Long nightPercent() {
      return percent(questioningsNight, questionings);
    }

    public @Nullable Long latePercent() {
      return percent(lateEntries, events);
    }
  }

  /**
   * Minutes from apprehension, from the bucket histogram.
   *
   * @param count records with such an event
   * @param median the median in minutes, or null
   * @param p90 the 90th percentile in minutes, or null
   */
  public record Delay(long count, @Nullable Double median, @Nullable Double p90) {

    static Delay of(NavigableMap<Integer, Long> histogram) {
      long n = histogram.values().stream().mapToLong(Long::longValue).sum();
      return new Delay(
          n, DelayBuckets.quantile(histogram, 0.5), DelayBuckets.quantile(histogram, 0.9));
    }

    /** The median as hours and minutes, e.g. {@code 2 h 05}; a dash when none. */
    public String medianText() {
      return hours(median);
    }

    public String p90Text() {
      return hours(p90);
    }

    public static String hours(@Nullable Double minutes) {
      if (minutes == null) {
        return "—";
      }
      long m = Math.round(minutes);
      return (m / 60) + " h " + String.format(Locale.ROOT, "%02d", m % 60);
    }
  }
}
