package org.habeas.field;

import java.util.Map;
import org.habeas.system.Actor;
import org.habeas.system.Role;

/**
 * Who may do what with field registrations and device keys, decided here only (the API and the
 * pages both ask): a registration is seen by the custody officers of its destination facility (who
 * open the record from it), the prosecutors of its region (who receive the alert) and the monitors;
 * only such a custody officer opens the record. Everyone else sees no registration: the list
 * answers 403, a registration 404. A phone's key is enrolled by a signed-in custody officer or
 * investigator (their own key only) and approved or revoked by an administrator.
 */
final class FieldAccess {

  private FieldAccess() {}

  /** Whether the role has the list at all. */
  static boolean lists(Actor actor) {
    return switch (actor.role()) {
      case MONITOR -> true;
      case PROSECUTOR -> actor.regionCode() != null;
      case CUSTODY_OFFICER -> actor.facilityId() != null;
      default -> false;
    };
  }

  /** Whether the actor may see this registration (with the person: their duty; read logged). */
  static boolean sees(Actor actor, FieldStore.Stored r) {
    return switch (actor.role()) {
      case MONITOR -> true;
      case PROSECUTOR -> actor.regionCode() != null && actor.regionCode().equals(r.regionCode());
      case CUSTODY_OFFICER ->
          actor.facilityId() != null && actor.facilityId().equals(r.toFacilityId());
      default -> false;
    };
  }

  /** Whether the actor may open the custody record from this registration. */
  static boolean opens(Actor actor, FieldStore.Stored r) {
    return actor.is(Role.CUSTODY_OFFICER)
        && actor.facilityId() != null
        && actor.facilityId().equals(r.toFacilityId());
  }

  /** The list's condition for the actor, in SQL over {@code field_registration r}. */
  static Map.Entry<String, Map<String, Object>> condition(Actor actor) {
    return switch (actor.role()) {
      case MONITOR -> Map.entry("1 = 1", Map.of());
      case PROSECUTOR ->
          Map.entry(
              "r.region_code = :region",
              Map.of("region", actor.regionCode() == null ? "" : actor.regionCode()));
      case CUSTODY_OFFICER ->
          Map.entry(
              "r.to_facility_id = :facility",
              Map.of("facility", actor.facilityId() == null ? "" : actor.facilityId()));
      default -> Map.entry("1 = 0", Map.of());
    };
  }

  /** Whether the actor may enrol a phone's key (bound to them). */
  static boolean enrols(Actor actor) {
    return actor.is(Role.CUSTODY_OFFICER) || actor.is(Role.INVESTIGATOR);
  }

  /** Whether the actor may see this key's status: its owner. */
  static boolean ownsKey(Actor actor, FieldStore.Key key) {
    return actor.username().equals(key.owner());
  }

  /** Whether the actor approves and revokes keys. */
  static boolean administersKeys(Actor actor) {
    return actor.is(Role.ADMIN);
  }
}
