package org.habeas.complaints;

import java.util.Map;
import org.habeas.custody.CustodyRecords;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and handle which complaint (least privilege, as for custody records): a monitor all
 * of them, the complainants' names pseudonymised until a reason is given; a lawyer those they
 * lodged or of their clients (a linked custody record they may see); a prosecutor those referred to
 * the prosecutor in their region; anyone the handler of a complaint assigned to them.
 *
 * <p>An administrator sees no detainee data (the roles in the README): a complaint names the person
 * it happened to, what was done to them, their injuries and photographs, so an administrator opens
 * none, takes none in, handles none (not even one assigned to them) and cannot search their text (a
 * search is a question about what they say). What an administrator keeps is the list, which holds
 * nothing personal (reference, status, category, facility, dates, handler) and its counts.
 */
@Component
class ComplaintAccess {

  /** How much of a complaint a reader is shown. */
  enum Visibility {
    FULL,
    PSEUDONYMISED,
    NONE
  }

  private final Facilities facilities;
  private final CustodyRecords custody;

  ComplaintAccess(Facilities facilities, CustodyRecords custody) {
    this.facilities = facilities;
    this.custody = custody;
  }

  Visibility visibility(Actor a, StoredComplaint c, ComplaintState s) {
    if (a.is(Role.ADMIN)) {
      return Visibility.NONE;
    }
    if (a.username().equals(s.assignee())) {
      return Visibility.FULL;
    }
    return switch (a.role()) {
      case MONITOR -> Visibility.PSEUDONYMISED;
      case LAWYER ->
          a.username().equals(c.lodgedBy())
                  || (c.custodyRecordId() != null && custody.maySee(a, c.custodyRecordId()))
              ? Visibility.FULL
              : Visibility.NONE;
      case PROSECUTOR ->
          s.referred() && a.regionCode() != null && a.regionCode().equals(region(c))
              ? Visibility.FULL
              : Visibility.NONE;
      default -> Visibility.NONE;
    };
  }

  /** Triage, assignment and any status: monitors and the assigned handler (never an admin). */
  boolean mayHandle(Actor a, ComplaintState s) {
    return !a.is(Role.ADMIN) && (a.is(Role.MONITOR) || a.username().equals(s.assignee()));
  }

  /** Whether the actor may move the complaint to {@code next}. */
  boolean mayMove(Actor a, StoredComplaint c, ComplaintState s, ComplaintStatus next) {
    if (mayHandle(a, s)) {
      return true;
    }
    return a.is(Role.PROSECUTOR)
        && visibility(a, c, s) == Visibility.FULL
        && (next == ComplaintStatus.INVESTIGATION_OPENED || next == ComplaintStatus.CLOSED);
  }

  /** Staff intake: monitors (also complaints made orally in a visit) and lawyers. */
  static boolean mayTakeIn(Actor a) {
    return a.is(Role.MONITOR) || a.is(Role.LAWYER);
  }

  /** Whether the actor may search the complaints' text (all but an administrator). */
  static boolean maySearchText(Actor a) {
    return !a.is(Role.ADMIN);
  }

  /** Whether the actor may open the complaints listed (all who list them but an administrator). */
  static boolean mayOpen(Actor a) {
    return !a.is(Role.ADMIN);
  }

  /**
   * Whether the actor's role lists complaints at all (the nav link); nothing personal is listed.
   */
  static boolean listsComplaints(Actor a) {
    return switch (a.role()) {
      case MONITOR, ADMIN, LAWYER, PROSECUTOR -> true;
      default -> false;
    };
  }

  /** The SQL condition on c (complaint) and v (complaint_current) for the complaints listed. */
  Map.Entry<String, Map<String, Object>> listCondition(Actor a) {
    var me = Map.<String, Object>of("me", a.username());
    return switch (a.role()) {
      case ADMIN, MONITOR -> Map.entry("1 = 1", Map.of());
      case LAWYER -> Map.entry("(c.lodged_by = :me or v.assignee = :me)", me);
      case PROSECUTOR ->
          Map.entry(
              "((v.referred = true and v.region_code = :region) or v.assignee = :me)",
              Map.of("me", a.username(), "region", String.valueOf(a.regionCode())));
      default -> Map.entry("v.assignee = :me", me);
    };
  }

  String region(StoredComplaint c) {
    return c.facilityId() == null
        ? ""
        : facilities.find(c.facilityId()).map(Facility::regionCode).orElse("");
  }
}
