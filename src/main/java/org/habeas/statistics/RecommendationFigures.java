package org.habeas.statistics;

import java.util.List;
import java.util.Locale;

/**
 * Recommendation figures, provided by the monitoring module: declare one Spring bean implementing
 * this interface. Until one exists, statistics shows "not yet available".
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
