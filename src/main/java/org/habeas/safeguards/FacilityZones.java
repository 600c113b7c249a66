package org.habeas.safeguards;

import java.time.ZoneId;

/**
 * The time zone of each facility, which counts "night" and "per day" for the events there.
 *
 * <p>Always a tz database zone (e.g. {@code Asia/Almaty}), never a fixed offset: Kazakhstan moved
 * to one zone in 2024, and the tz database is where such changes are kept.
 */
@FunctionalInterface
public interface FacilityZones {

  /** The zone of the facility with the given id. */
  ZoneId zoneOf(String facilityId);

  /** Every facility in one zone, e.g. for a record that never left one region. */
  static FacilityZones all(ZoneId zone) {
    return facilityId -> zone;
  }
}
