package org.habeas.complaints.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.habeas.complaints.Category;
import org.habeas.complaints.ComplaintFilter;
import org.habeas.complaints.ComplaintStatus;
import org.habeas.complaints.Search;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff's complaints list: filtered, searched, most pressing first, a page at a time. */
@Controller
class ComplaintListPages {

  private static final int PAGE = 25;

  private final Search search;
  private final Facilities facilities;

  ComplaintListPages(Search search, Facilities facilities) {
    this.search = search;
    this.facilities = facilities;
  }

  @GetMapping("/complaints")
  String list(
      Actor me,
      @RequestParam(required = false) @Nullable ComplaintStatus status,
      @RequestParam(required = false) @Nullable Category category,
      @RequestParam(required = false) @Nullable Boolean urgent,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "") String due,
      @RequestParam(required = false) @Nullable String assignee,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(required = false) @Nullable String facility,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (!Search.listsComplaints(me)) {
      throw Problem.forbidden("complaints.forbidden");
    }
    // "due" is the form's one choice; "overdue=true" is kept for the links that already use it
    var filter =
        new ComplaintFilter(
            status,
            category,
            urgent,
            overdue || due.equals("overdue"),
            assignee == null || assignee.isBlank() ? null : assignee,
            q == null || q.isBlank() ? null : q,
            facility,
            region,
            due.equals("soon"),
            mine);
    int p = Paging.of(page, PAGE).page();
    long total = search.count(me, filter);
    model.addAttribute("items", search.list(me, filter, p, PAGE));
    model.addAttribute("total", total);
    model.addAttribute("page", p);
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("filter", filter);
    model.addAttribute("due", filter.overdue() ? "overdue" : filter.dueSoon() ? "soon" : "");
    model.addAttribute("statuses", ComplaintStatus.values());
    model.addAttribute("categories", Category.values());
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("regions", facilities.regions());
    model.addAttribute("facilityNames", facilityNames());
    // A person still held is answered within hours: the hour is shown in the facility's zone.
    var zones = new HashMap<String, ZoneId>();
    facilities.all().forEach(f -> zones.put(f.id(), f.zone()));
    model.addAttribute("facilityZones", zones);
    model.addAttribute("dueCount", search.dueCount(me));
    model.addAttribute("awaitingRaise", search.awaitingRaise(me));
    model.addAttribute("rights", Search.listRights(me));
    var query = query(filter);
    model.addAttribute("previous", "/complaints?page=" + (p - 1) + query);
    model.addAttribute("next", "/complaints?page=" + (p + 1) + query);
    return "complaints/list";
  }

  private Map<String, String> facilityNames() {
    var names = new HashMap<String, String>();
    facilities.all().forEach(f -> names.put(f.id(), f.name()));
    return names;
  }

  /** The filter as the URL's query (after the page), so that paging keeps it. */
  static String query(ComplaintFilter f) {
    var sb = new StringBuilder();
    if (f.status() != null) {
      sb.append("&status=").append(f.status());
    }
    if (f.category() != null) {
      sb.append("&category=").append(f.category());
    }
    if (f.urgent() != null) {
      sb.append("&urgent=").append(f.urgent());
    }
    if (f.overdue()) {
      sb.append("&due=overdue");
    } else if (f.dueSoon()) {
      sb.append("&due=soon");
    }
    if (f.assignee() != null) {
      sb.append("&assignee=").append(enc(f.assignee()));
    }
    if (f.mine()) {
      sb.append("&mine=true");
    }
    if (f.facilityId() != null) {
      sb.append("&facility=").append(enc(f.facilityId()));
    }
    if (f.regionCode() != null) {
      sb.append("&region=").append(enc(f.regionCode()));
    }
    if (f.q() != null) {
      sb.append("&q=").append(enc(f.q()));
    }
    return sb.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
