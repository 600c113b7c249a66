package org.habeas.system.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.habeas.system.Actor;
import org.habeas.system.AuditTrail;
import org.habeas.system.Paging;
import org.habeas.system.Role;
import org.habeas.system.SignIns;
import org.habeas.system.web.AuditQueries.Params;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit: reads of personal data, sign-ins and administrators' actions in one list, filtered by
 * who, kind, record and dates ({@link AuditQueries}), paged, with times in a named zone; the same
 * list as CSV is {@link AuditExport}.
 */
@Controller
class AuditPages {

  private static final int PAGE = 50;

  private final AuditTrail trail;
  private final SignIns signIns;
  private final AuditQueries queries;
  private final AuditDetails details;
  private final Clock clock;

  AuditPages(
      AuditTrail trail, SignIns signIns, AuditQueries queries, AuditDetails details, Clock clock) {
    this.trail = trail;
    this.signIns = signIns;
    this.queries = queries;
    this.details = details;
    this.clock = clock;
  }

  /** An entry as the page shows it: its detail in words. */
  record Row(AuditTrail.Entry entry, @Nullable String detail) {}

  @GetMapping("/audit")
  String audit(
      Actor me,
      @ModelAttribute("params") Params params,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      Model model) {
    var p = Paging.of(page, PAGE);
    var query = queries.query(me, params);
    var filter = queries.filter(me, query);
    model.addAttribute(
        "entries",
        trail.page(me, filter, p.offset(), PAGE).stream()
            .map(e -> new Row(e, details.readable(e, locale)))
            .toList());
    model.addAttribute("total", trail.count(me, filter));
    model.addAttribute("page", p.page());
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("query", query);
    model.addAttribute("zone", query.zoneId());
    model.addAttribute("zones", queries.zones());
    model.addAttribute("kinds", AuditQueries.kinds(me));
    if (me.is(Role.ADMIN)) {
      model.addAttribute(
          "signInAlerts", signIns.alertsSince(clock.instant().minus(Duration.ofDays(1))));
    }
    return "system/audit";
  }
}
