package org.habeas.statistics;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * What a dashboard, report or data set is narrowed to. Months are counted in the facility's own
 * time zone, both ends included.
 *
 * @param from the first month
 * @param to the last month
 * @param regionCode one region, or all
 * @param facilityId one facility, or all
 * @param profile one jurisdiction profile ({@code kz}, {@code cpt}, {@code ew}), or all
 */
public record StatisticsFilter(
    YearMonth from,
    YearMonth to,
    @Nullable String regionCode,
    @Nullable String facilityId,
    @Nullable String profile) {

  public StatisticsFilter {
    if (to.isBefore(from)) {
      var t = from;
      from = to;
      to = t;
    }
  }

  /** The whole of one calendar year. */
  public static StatisticsFilter year(int year) {
    return new StatisticsFilter(YearMonth.of(year, 1), YearMonth.of(year, 12), null, null, null);
  }

  /** The same filter for other months. */
  public StatisticsFilter between(YearMonth first, YearMonth last) {
    return new StatisticsFilter(first, last, regionCode, facilityId, profile);
  }

  /** The same filter narrowed to one region. */
  public StatisticsFilter inRegion(@Nullable String region) {
    return new StatisticsFilter(from, to, region, facilityId, profile);
  }

  /** The same filter narrowed to one facility. */
  public StatisticsFilter atFacility(@Nullable String facility) {
    return new StatisticsFilter(from, to, regionCode, facility, profile);
  }
}
