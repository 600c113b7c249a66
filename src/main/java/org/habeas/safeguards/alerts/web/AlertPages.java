package org.habeas.safeguards.alerts.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.safeguards.alerts.AlertFilter;
import org.habeas.safeguards.alerts.AlertInbox;
import org.habeas.safeguards.alerts.AlertStatus;
import org.habeas.safeguards.alerts.Alerts;
import org.habeas.safeguards.alerts.Deliveries;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.web.ProblemStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The alert inbox, one group per record, filtered and paged, with acknowledgement one by one or in
 * bulk; for administrators, the delivery log.
 */
@Controller
class AlertPages {

  /** Records (groups) on a page of the inbox. */
  private static final int GROUPS = 20;

  private static final int PAGE = 50;

  private final Alerts alerts;
  private final AlertInbox inbox;
  private final Deliveries deliveries;
  private final Facilities facilities;
  private final MessageSource messages;

  AlertPages(
      Alerts alerts,
      AlertInbox inbox,
      Deliveries deliveries,
      Facilities facilities,
      MessageSource messages) {
    this.inbox = inbox;
    this.alerts = alerts;
    this.deliveries = deliveries;
    this.facilities = facilities;
    this.messages = messages;
  }

  /** The inbox's filter as the URL carries it (GET), kept across paging and acknowledgement. */
  record Query(String status, String facility, String rule, String due, int page) {

    AlertFilter filter() {
      return new AlertFilter(status(status), facility, rule, AlertFilter.Due.of(due));
    }

    /** The inbox's URL for this filter at another page. */
    String at(int page) {
      var b = UriComponentsBuilder.fromPath("/alerts").queryParam("status", status);
      if (!facility.isBlank()) {
        b.queryParam("facility", facility);
      }
      if (!rule.isBlank()) {
        b.queryParam("rule", rule);
      }
      if (!due.isBlank()) {
        b.queryParam("due", due);
      }
      if (page > 0) {
        b.queryParam("page", page);
      }
      return b.encode().build().toUriString();
    }

    /** Open when nothing is said; all for "all"; open for a word it does not know. */
    private static @Nullable AlertStatus status(String status) {
      try {
        return AlertsApi.status(status);
      } catch (Problem e) {
        return AlertStatus.OPEN;
      }
    }
  }

  @GetMapping("/alerts")
  String inbox(
      Actor me,
      @RequestParam(defaultValue = "open") String status,
      @RequestParam(defaultValue = "") String facility,
      @RequestParam(defaultValue = "") String rule,
      @RequestParam(defaultValue = "") String due,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      Model model) {
    return show(me, new Query(status, facility, rule, due, page), locale, model);
  }

  private String show(Actor me, Query q, Locale locale, Model model) {
    if (!me.is(Role.PROSECUTOR) && !me.is(Role.MONITOR) && !me.is(Role.ADMIN)) {
      throw new AccessDeniedException("alerts");
    }
    var p = Paging.of(q.page(), GROUPS);
    var filter = q.filter();
    long records = inbox.groupCount(me, filter);
    model.addAttribute("groups", inbox.groups(me, filter, p.offset(), GROUPS));
    model.addAttribute("records", records);
    model.addAttribute("counts", plural("alerts.counts", locale, inbox.count(me, filter), records));
    model.addAttribute("q", q);
    model.addAttribute(
        "status",
        filter.status() == null ? "all" : filter.status().name().toLowerCase(Locale.ROOT));
    model.addAttribute("due", filter.due() == null ? "" : filter.due().param());
    model.addAttribute("dues", AlertFilter.Due.values());
    model.addAttribute("rules", inbox.rules(me));
    model.addAttribute("facilities", facilityNames(inbox.facilityIds(me)));
    model.addAttribute("page", p.page());
    model.addAttribute("pageSize", GROUPS);
    model.addAttribute("previous", q.at(p.page() - 1));
    model.addAttribute("next", q.at(p.page() + 1));
    model.addAttribute("mayAct", Alerts.mayAct(me));
    model.addAttribute("mayAudit", me.is(Role.ADMIN));
    return "safeguards/alerts/inbox";
  }

  private Map<String, String> facilityNames(List<String> ids) {
    var names = new LinkedHashMap<String, String>();
    for (var id : ids) {
      names.put(id, facilities.find(id).map(Facility::name).orElse(id));
    }
    return names;
  }

  /**
   * Acknowledges the alerts ticked, with one note, all or none. On a refusal the inbox is shown
   * again with every error, the note and the ticks kept.
   */
  @PostMapping("/alerts/acknowledge")
  String acknowledgeAll(
      Actor me,
      @RequestParam(name = "ids", required = false) @Nullable List<Long> ids,
      @RequestParam(defaultValue = "") String note,
      @RequestParam(defaultValue = "open") String status,
      @RequestParam(defaultValue = "") String facility,
      @RequestParam(defaultValue = "") String rule,
      @RequestParam(defaultValue = "") String due,
      // the page the form was on, to show it again on an error ("at": not a list's "page")
      @RequestParam(name = "at", defaultValue = "0") int page,
      Locale locale,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    var q = new Query(status, facility, rule, due, page);
    var selected = ids == null ? List.<Long>of() : ids;
    try {
      int n = alerts.acknowledgeAll(me, selected, note);
      redirect.addFlashAttribute("acknowledged", plural("alerts.acknowledgedCount", locale, n));
      return "redirect:" + q.at(0);
    } catch (Problem e) {
      var errors = new LinkedHashMap<String, String>();
      for (var f : e.fields()) {
        var code = f.field().equals("note") ? "alerts.noteNeeded" : f.code();
        errors.put(f.field(), messages.getMessage(code, f.args(), code, locale));
      }
      if (errors.isEmpty()) {
        errors.put("ids", messages.getMessage(e.code(), e.args(), e.code(), locale));
      }
      response.setStatus(ProblemStatus.of(e));
      model.addAttribute("bulkErrors", errors);
      model.addAttribute("note", note);
      model.addAttribute("selected", selected);
      return show(me, q, locale, model);
    }
  }

  /**
   * A message with counts in ICU plural syntax, formatted in the language's plural categories
   * whatever formats the other messages (a message read without arguments comes as written).
   */
  private String plural(String code, Locale locale, Object... counts) {
    var pattern = messages.getMessage(code, null, code, locale);
    return new MessageFormat(pattern, ULocale.forLocale(locale)).format(counts);
  }

  @PostMapping("/alerts/{id}/acknowledge")
  String acknowledge(
      Actor me,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes redirect) {
    return act(() -> alerts.acknowledge(me, id, note), redirect);
  }

  @PostMapping("/alerts/{id}/resolve")
  String resolve(
      Actor me,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes redirect) {
    return act(() -> alerts.resolve(me, id, note), redirect);
  }

  private static String act(Runnable change, RedirectAttributes redirect) {
    try {
      change.run();
    } catch (Problem e) {
      redirect.addFlashAttribute(
          "alertError", e.fields().isEmpty() ? e.code() : "alerts.noteNeeded");
    }
    return "redirect:/alerts";
  }

  @GetMapping("/alerts/deliveries")
  String deliveries(Actor me, @RequestParam(defaultValue = "0") int page, Model model) {
    if (!me.is(Role.ADMIN)) {
      throw new AccessDeniedException("deliveries");
    }
    var p = Paging.of(page, PAGE);
    model.addAttribute("deliveries", deliveries.page(p.offset(), PAGE));
    model.addAttribute("total", deliveries.count());
    model.addAttribute("page", p.page());
    model.addAttribute("pageSize", PAGE);
    return "safeguards/alerts/deliveries";
  }
}
