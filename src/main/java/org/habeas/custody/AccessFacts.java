package org.habeas.custody;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.habeas.system.Actor;

/**
 * What the decisions of {@link CustodyAccess} read of the actor and the record: the names it gives
 * (folded as the access index folds them), the facilities the person passed through, who holds them
 * now.
 */
final class AccessFacts {

  private AccessFacts() {}

  /** The names an actor goes by, as compared: their username and their display name. */
  static List<String> keysOf(Actor a) {
    return List.of(PartyKeys.fold(a.username()), PartyKeys.fold(a.displayName()));
  }

  static boolean names(Actor a, String name) {
    return keysOf(a).contains(PartyKeys.fold(name));
  }

  static boolean namesAny(Actor a, Collection<String> names) {
    return names.stream().anyMatch(n -> names(a, n));
  }

  static boolean anyOf(List<String> mine, Collection<String> theirs) {
    return mine.stream().anyMatch(theirs::contains);
  }

  static boolean visited(Actor a, BoardFacts r) {
    return a.facilityId() != null && r.facilities().contains(a.facilityId());
  }

  /** An investigator sees the records of the people they questioned, and only those. */
  static boolean questioned(Actor a, CustodyRecord r) {
    return namesAny(a, r.interrogators());
  }

  static boolean represents(Actor a, CustodyRecord r) {
    return namesAny(a, r.lawyers());
  }

  /** The person has been at (or is on the way to) the actor's facility. */
  static boolean visited(Actor a, CustodyRecord r) {
    return a.facilityId() != null && r.facilitiesVisited().contains(a.facilityId());
  }

  /** The actor's facility holds the person now (or held them last, for a closed record). */
  static boolean holds(Actor a, CustodyRecord r) {
    return Objects.equals(a.facilityId(), r.holdingFacilityId());
  }
}
