package org.habeas.custody;

import java.util.ArrayList;
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

  /**
   * The person held, for the search by name (issue 15): their full name and each word of it, so
   * that "Ivanov" finds "Ivan Ivanov"; kept as keyed hashes like every name.
   */
  static final String PERSON = "person";

  /** The person's national identity number (IIN), for the search, as a keyed hash. */
  static final String NATIONAL_ID = "iin";

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
      case Apprehended a -> {
        var out = new ArrayList<Party>();
        out.add(new Party(FACILITY, a.facilityId()));
        out.addAll(searchable(a.person()));
        yield out;
      }
      case ArrivedAtFacility a -> List.of(new Party(FACILITY, a.facilityId()));
      case Transferred t -> List.of(new Party(FACILITY, t.toFacilityId()));
      default -> List.of();
    };
  }

  /** The names and number a person is searched by. */
  static List<Party> searchable(Person person) {
    var out = new ArrayList<Party>();
    var full = PartyKeys.fold(person.name());
    if (!full.isEmpty()) {
      out.add(new Party(PERSON, full));
      for (var word : full.split(" ")) {
        if (word.length() > 1 && !word.equals(full)) {
          out.add(new Party(PERSON, word));
        }
      }
    }
    if (person.nationalId() != null && !person.nationalId().isBlank()) {
      out.add(new Party(NATIONAL_ID, person.nationalId().strip()));
    }
    return out.stream().distinct().toList();
  }
}
