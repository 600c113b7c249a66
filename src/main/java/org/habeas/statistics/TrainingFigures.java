package org.habeas.statistics;

import java.util.List;
import java.util.Locale;

/**
 * Training coverage, provided by the training module: its one Spring bean implements this
 * interface.
 */
public interface TrainingFigures {

  /** Coverage at the end of the filter's period, for its region and facility. */
  List<Coverage> of(StatisticsFilter filter, Locale locale);

  /**
   * One facility's staff and how many of them completed training.
   *
   * @param facilityId the facility, as {@code org.habeas.system.Facility#id}
   * @param staff staff known for the facility
   * @param trained of them, those with a completed course in the period or before
   */
  record Coverage(String facilityId, long staff, long trained) {}
}
