package org.habeas.statistics;

import java.util.List;
import java.util.Locale;

/**
 * Recommendation figures, provided by the monitoring module: its one Spring bean implements this
 * interface.
 */
public interface RecommendationFigures {

  /** Recommendations issued in the filter's months (region and facility where they apply). */
  Summary of(StatisticsFilter filter, Locale locale);

  /**
   * @param byStatus recommendations by implementation status
   * @param byAgency recommendations by the agency they are addressed to
   */
  record Summary(List<Figure> byStatus, List<Figure> byAgency) {}
}
