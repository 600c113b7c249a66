package org.habeas.detentionreports.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;
import org.habeas.detentionreports.DetentionReports;
import org.habeas.safeguards.ShippedProfiles;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff's view of reports of a detention: the list (prosecutors their region's, monitors all)
 * with each report's state, and a report's page with the person (the read is logged) and the link
 * to the record that acknowledged it, with how late.
 */
@Controller
class StaffReportPages {

  private static final int PAGE = 50;

  private final DetentionReports reports;
  private final Facilities facilities;

  StaffReportPages(DetentionReports reports, Facilities facilities) {
    this.reports = reports;
    this.facilities = facilities;
  }

  @GetMapping("/detention-reports")
  String list(Actor me, @RequestParam(defaultValue = "0") int page, Model model) {
    if (!DetentionReports.lists(me)) {
      throw Problem.forbidden("detentionReport.forbidden");
    }
    var p = Paging.of(page, PAGE).page();
    long total = reports.count(me);
    var listed = reports.list(me, p, PAGE);
    model.addAttribute("reports", listed);
    var heldBy = new HashMap<UUID, String>();
    listed.forEach(r -> heldBy.put(r.id(), heldBy(r, null)));
    model.addAttribute("heldBy", heldBy);
    model.addAttribute("total", total);
    model.addAttribute("page", p);
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("previous", p > 0 ? "/detention-reports?page=" + (p - 1) : null);
    model.addAttribute(
        "next", (long) (p + 1) * PAGE < total ? "/detention-reports?page=" + (p + 1) : null);
    return "detentionreports/list";
  }

  @GetMapping("/detention-reports/{id}")
  String report(Actor me, @PathVariable UUID id, Locale locale, Model model) {
    var view = reports.view(me, id);
    model.addAttribute("view", view);
    var basis = view.summary().limitBasis();
    model.addAttribute("basis", basis == null ? null : ShippedProfiles.basis(basis, locale));
    model.addAttribute("heldBy", heldBy(view.summary(), view.person().place()));
    return "detentionreports/report";
  }

  /** The facility's name, else the place in words (staff page only) and the region's name. */
  private String heldBy(DetentionReports.Summary r, @Nullable String place) {
    if (r.facilityId() != null) {
      return facilities.find(r.facilityId()).map(f -> f.name()).orElse(r.facilityId());
    }
    var region = facilities.region(r.regionCode()).map(g -> g.name()).orElse(r.regionCode());
    return place == null ? region : place + " (" + region + ")";
  }
}
