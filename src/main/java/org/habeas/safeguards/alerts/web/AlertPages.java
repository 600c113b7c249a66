package org.habeas.safeguards.alerts.web;

import org.habeas.safeguards.alerts.AlertStatus;
import org.habeas.safeguards.alerts.Alerts;
import org.habeas.safeguards.alerts.Deliveries;
import org.habeas.system.Actor;
import org.habeas.system.ApiProblem;
import org.habeas.system.Paging;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The alert inbox (open, acknowledged, resolved) and, for administrators, the delivery log. */
@Controller
class AlertPages {

  private static final int PAGE = 50;

  private final Alerts alerts;
  private final Deliveries deliveries;

  AlertPages(Alerts alerts, Deliveries deliveries) {
    this.alerts = alerts;
    this.deliveries = deliveries;
  }

  @GetMapping("/alerts")
  String inbox(
      Actor me,
      @RequestParam(defaultValue = "open") String status,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (!me.is(Role.PROSECUTOR) && !me.is(Role.MONITOR) && !me.is(Role.ADMIN)) {
      throw new AccessDeniedException("alerts");
    }
    var p = Paging.of(page, PAGE);
    @Nullable AlertStatus wanted;
    try {
      wanted = AlertsApi.status(status);
    } catch (ApiProblem e) {
      wanted = AlertStatus.OPEN;
    }
    model.addAttribute("alerts", alerts.page(me, wanted, p.offset(), PAGE));
    model.addAttribute("total", alerts.count(me, wanted));
    model.addAttribute(
        "status", wanted == null ? "all" : wanted.name().toLowerCase(java.util.Locale.ROOT));
    model.addAttribute("page", p.page());
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("mayAct", me.is(Role.PROSECUTOR) || me.is(Role.MONITOR));
    model.addAttribute("mayAudit", me.is(Role.ADMIN));
    return "safeguards/alerts/inbox";
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
    } catch (ApiProblem e) {
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
