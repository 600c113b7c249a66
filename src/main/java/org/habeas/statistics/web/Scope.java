package org.habeas.statistics.web;

import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;

/**
 * Which dashboard a signed-in user sees.
 *
 * <ul>
 *   <li>{@code COMMISSION}: monitors and administrators, every region and facility.
 *   <li>{@code REGION}: a prosecutor, their region only.
 *   <li>{@code FACILITY}: a custody officer, their own facility. Habeas has no "facility head" role
 *       (org.habeas.system.Role); the facility view serves the officers of the facility, its head
 *       among them.
 *   <li>{@code PUBLIC}: everyone else, and the public without signing in: aggregates only, small
 *       numbers suppressed as in the open data.
 * </ul>
 */
public enum Scope {
  COMMISSION,
  REGION,
  FACILITY,
  PUBLIC;

  static Scope of(@Nullable Actor actor) {
    if (actor == null) {
      return PUBLIC;
    }
    if (actor.is(Role.MONITOR) || actor.is(Role.ADMIN)) {
      return COMMISSION;
    }
    if (actor.is(Role.PROSECUTOR) && actor.regionCode() != null) {
      return REGION;
    }
    if (actor.is(Role.CUSTODY_OFFICER) && actor.facilityId() != null) {
      return FACILITY;
    }
    return PUBLIC;
  }

  /** Whether this scope may make the commission's annual report and rebuild the read model. */
  boolean commission() {
    return this == COMMISSION;
  }
}
