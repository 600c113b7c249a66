package org.habeas.statistics;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Complaint figures for the dashboards and the annual report, provided by the complaints module:
 * its one Spring bean implements this interface.
 *
 * <p>Only counts: nothing that names or singles out a person. Counts below 5 are suppressed by
 * statistics itself on public pages and in open data.
 */
public interface ComplaintFigures {

  /** Complaints lodged in the filter's months, region, facility (when the module knows them). */
  Summary of(StatisticsFilter filter, Locale locale);

  /**
   * @param byCategory complaints by category (torture, ill-treatment, unlawful detention, ...)
   * @param byOutcome decided complaints by outcome; undecided ones as one figure, key {@code open}
   * @param medianDaysToDecision median days from lodging to decision, null if none decided
   * @param p90DaysToDecision 90th percentile of the same, null if none decided
   */
  record Summary(
      List<Figure> byCategory,
      List<Figure> byOutcome,
      @Nullable Double medianDaysToDecision,
      @Nullable Double p90DaysToDecision) {}
}
