package org.habeas.custody;

import java.util.List;

/**
 * Who and where an event names, as the access index {@code custody_party} keeps them: the lawyers
 * and interrogators who may then list the record, and the facilities whose staff may. A correction
 * names what its replacement names; a name once indexed stays (a corrected-away lawyer still saw
 * the record).
 */
final class Parties {

  static final String LAWYER = "lawyer";
  static final String INTERROGATOR = "interrogator";
  static final String FACILITY = "facility";

  /** One name of one kind. */
  record Party(String kind, String name) {}

  private Parties() {}

  static List<Party> of(CustodyEvent event) {
    var inner = event instanceof Corrected c ? c.replacement() : event;
    return switch (inner) {
      case LawyerRequested l -> List.of(new Party(LAWYER, l.lawyer()));
      case LawyerNotified l -> List.of(new Party(LAWYER, l.lawyer()));
      case LawyerArrived l -> List.of(new Party(LAWYER, l.lawyer()));
      case InterrogationStarted i -> List.of(new Party(INTERROGATOR, i.interrogator()));
      case Apprehended a -> List.of(new Party(FACILITY, a.facilityId()));
      case ArrivedAtFacility a -> List.of(new Party(FACILITY, a.facilityId()));
      case Transferred t -> List.of(new Party(FACILITY, t.toFacilityId()));
      default -> List.of();
    };
  }
}
