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
 * @param jurisdiction one state's facilities ({@code kz}, {@code ew}: a facility's jurisdiction),
 *     or all; the pages always choose one, so the figures of two states are never added up
 */
public record StatisticsFilter(
    YearMonth from,
    YearMonth to,
    @Nullable String regionCode,
    @Nullable String facilityId,
    @Nullable String profile,
    @Nullable String jurisdiction) {

  /**
   * The state this instance serves: what is not tied to a facility (a recommendation addressed to
   * the state, a complaint naming no place) counts for it alone.
   */
  public static final String HOME = "kz";

  public StatisticsFilter {
    if (to.isBefore(from)) {
      var t = from;
      from = to;
      to = t;
    }
  }

  /** A filter over every state (for callers that narrow by region or facility themselves). */
  public StatisticsFilter(
      YearMonth from,
      YearMonth to,
      @Nullable String regionCode,
      @Nullable String facilityId,
      @Nullable String profile) {
    this(from, to, regionCode, facilityId, profile, null);
  }

  /** The whole of one calendar year. */
  public static StatisticsFilter year(int year) {
    return new StatisticsFilter(YearMonth.of(year, 1), YearMonth.of(year, 12), null, null, null);
  }

  /** The same filter for other months. */
  public StatisticsFilter between(YearMonth first, YearMonth last) {
    return new StatisticsFilter(first, last, regionCode, facilityId, profile, jurisdiction);
  }

  /** The same filter narrowed to one region. */
  public StatisticsFilter inRegion(@Nullable String region) {
    return new StatisticsFilter(from, to, region, facilityId, profile, jurisdiction);
  }

  /** The same filter narrowed to one facility. */
  public StatisticsFilter atFacility(@Nullable String facility) {
    return new StatisticsFilter(from, to, regionCode, facility, profile, jurisdiction);
  }

  /** The same filter narrowed to one state's facilities. */
  public StatisticsFilter inJurisdiction(@Nullable String state) {
    return new StatisticsFilter(from, to, regionCode, facilityId, profile, state);
  }

  /**
   * Whether something at a facility of the given jurisdiction counts under this filter; {@code
   * null} (tied to no facility) counts for {@link #HOME} only.
   */
  public boolean counts(@Nullable String facilityJurisdiction) {
    if (jurisdiction == null) {
      return true;
    }
    return jurisdiction.equals(facilityJurisdiction == null ? HOME : facilityJurisdiction);
  }
}
