package org.habeas;

import java.time.ZoneId;
import java.util.Map;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Region;
import org.habeas.system.Role;

/**
 * What the module tests ({@code *ModuleTests}) stand on without the demo data: a region and a
 * facility of their own (the demo's may or may not be in the shared test database, depending on
 * which context ran first), and the officer who works there.
 */
public final class ModuleFixtures {

  /** The module tests' facility, on the Kazakh profile. */
  public static final String FACILITY = "mt-tdf1";

  private static final String REGION = "mt";
  private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

  private ModuleFixtures() {}

  /** Adds the region and the facility if an earlier test has not. */
  public static void facility(Facilities facilities) {
    if (facilities.region(REGION).isEmpty()) {
      facilities.addRegion(
          new Region(REGION, "Module tests", "Module tests", "Module tests", ZONE));
    }
    if (facilities.find(FACILITY).isEmpty()) {
      facilities.add(
          new Facility(
              FACILITY,
              "Module tests TDF",
              "temporary-detention-facility",
              REGION,
              ZONE,
              "kz",
              Map.of()));
    }
  }

  /** A custody officer at the facility. */
  public static Actor officer() {
    return new Actor("mt-officer", "Module Officer", Role.CUSTODY_OFFICER, FACILITY, REGION, "en");
  }
}
