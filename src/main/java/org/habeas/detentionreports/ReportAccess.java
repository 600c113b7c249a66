package org.habeas.detentionreports;

import java.util.Map;
import org.habeas.system.Actor;
import org.habeas.system.Role;

/**
 * Who may see reports of a detention, decided here only: the prosecutors of the region the person
 * is reported held in (who receive the alert), and the monitors (all regions). Everyone else sees
 * no report: the list answers 403, a report 404. The public follows its own report by its code.
 */
final class ReportAccess {

  private ReportAccess() {}

  /** Whether the role has the list at all. */
  static boolean lists(Actor actor) {
    return actor.is(Role.MONITOR) || (actor.is(Role.PROSECUTOR) && actor.regionCode() != null);
  }

  /** Whether the actor may see this report (with the person: their duty; the read is logged). */
  static boolean sees(Actor actor, ReportStore.Stored report) {
    return switch (actor.role()) {
      case MONITOR -> true;
      case PROSECUTOR ->
          actor.regionCode() != null && actor.regionCode().equals(report.regionCode());
      default -> false;
    };
  }

  /** The list's condition for the actor, in SQL over {@code detention_report r}. */
  static Map.Entry<String, Map<String, Object>> condition(Actor actor) {
    return switch (actor.role()) {
      case MONITOR -> Map.entry("1 = 1", Map.of());
      case PROSECUTOR ->
          Map.entry(
              "r.region_code = :region",
              Map.of("region", actor.regionCode() == null ? "" : actor.regionCode()));
      default -> Map.entry("1 = 0", Map.of());
    };
  }
}
