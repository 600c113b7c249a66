package org.habeas.system.web;

import java.time.Clock;
import java.time.Duration;
import org.habeas.system.Actor;
import org.habeas.system.AuditTrail;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.Users;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's landing page: how many users, facilities and regions, and the last day's
 * audit. Users ({@link UserPages}), facilities ({@link FacilityPages}) and regions ({@link
 * RegionPages}) have their own pages.
 */
@Controller
class AdminPages {

  private final Users users;
  private final Facilities facilities;
  private final AuditTrail audit;
  private final Clock clock;

  AdminPages(Users users, Facilities facilities, AuditTrail audit, Clock clock) {
    this.users = users;
    this.facilities = facilities;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/admin")
  String landing(Actor me, Model model) {
    admin(me);
    var day =
        new AuditTrail.Filter(null, null, null, clock.instant().minus(Duration.ofDays(1)), null);
    model.addAttribute("userCount", users.count(null, null));
    model.addAttribute("disabledCount", users.disabled());
    model.addAttribute("facilityCount", facilities.all().size());
    model.addAttribute("regionCount", facilities.regions().size());
    model.addAttribute("auditDay", audit.count(me, day));
    model.addAttribute(
        "failedDay",
        audit.count(me, new AuditTrail.Filter(null, "SIGN_IN_FAILURE", null, day.from(), null)));
    return "system/admin";
  }

  /** Refuses anyone but an administrator. */
  static void admin(Actor me) {
    if (!me.is(Role.ADMIN)) {
      throw Problem.forbidden("admin.forbidden");
    }
  }
}
