package org.habeas.custody;

import org.habeas.system.Actor;
import org.jspecify.annotations.Nullable;

/** What {@link CustodyAccess} asks of a correction beyond the events it replaces and writes. */
final class CorrectionAccess {

  private CorrectionAccess() {}

  /**
   * A correction does not move the person: an apprehension or arrival keeps its facility, and a
   * transfer its destination, except a transfer still under way, which its sender may redirect.
   */
  static boolean keepsWhereThePersonWas(
      Actor a, CustodyRecord r, CustodyEvent original, CustodyEvent replacement) {
    return switch (original) {
      case Apprehended o when replacement instanceof Apprehended n ->
          o.facilityId().equals(n.facilityId());
      case ArrivedAtFacility o when replacement instanceof ArrivedAtFacility n ->
          o.facilityId().equals(n.facilityId());
      case Transferred o when replacement instanceof Transferred n ->
          o.toFacilityId().equals(n.toFacilityId())
              || (r.isHeld()
                  && !r.atCurrentFacility()
                  && o.toFacilityId().equals(r.currentFacilityId())
                  && AccessFacts.holds(a, r));
      default -> true;
    };
  }

  /** Officers, doctors, investigators and prosecutors keep the record; others add to it. */
  static boolean insideTheChainOfCustody(Actor a) {
    return switch (a.role()) {
      case LAWYER, MONITOR -> false;
      default -> true;
    };
  }

  static @Nullable StoredEvent original(CustodyRecord r, int seq) {
    return r.events().stream()
        .map(TimelineEntry::stored)
        .filter(s -> s.seq() == seq && !(s.event() instanceof Corrected))
        .findFirst()
        .orElse(null);
  }
}
