package org.habeas.detentionreports.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.habeas.complaints.IntakeLimits;
import org.habeas.complaints.PublicDoorPages;
import org.habeas.detentionreports.DetentionReports;
import org.habeas.detentionreports.ReporterRelation;
import org.habeas.system.ChecksOwnText;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.habeas.system.web.ProblemStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public door for reporting a detention, no sign-in: the form (works without JavaScript, on a
 * phone), its confirmation with the code (post-redirect-get: a reload never reports twice, and the
 * code travels to that one page as a flash attribute, never in an address), and the status look-up
 * by code (posted). Over the public intake's limits the page answers 429 with {@code Retry-After}
 * and keeps what was typed.
 */
@Controller
class PublicReportPages {

  /** The session attribute saying that a report was made in it (never the code). */
  static final String MADE = PublicReportPages.class.getName() + ".made";

  private final DetentionReports reports;
  private final Facilities facilities;
  private final MessageSource messages;

  PublicReportPages(DetentionReports reports, Facilities facilities, MessageSource messages) {
    this.reports = reports;
    this.facilities = facilities;
    this.messages = messages;
  }

  @GetMapping("/detention-reports/new")
  String form(Model model) {
    prepare(model, ReportForm.typed(Map.of()), Map.of(), null);
    return "detentionreports/new";
  }

  @PostMapping("/detention-reports/new")
  @ChecksOwnText
  String report(
      @RequestParam Map<String, String> form,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    PublicDoorPages.noStore(response);
    try {
      var read = ReportForm.read(form);
      var made = reports.report(read.report(), read.problems(), request.getRemoteAddr());
      request.getSession().setAttribute(MADE, Boolean.TRUE);
      redirect.addFlashAttribute("code", made.code());
      return "redirect:/detention-reports/made";
    } catch (Problem p) {
      response.setStatus(ProblemStatus.of(p));
      PublicDoorPages.overTheLimit(p, response, model);
      var general =
          p.fields().isEmpty() && !(p instanceof IntakeLimits.TooMany)
              ? messages.getMessage(p.code(), p.args(), p.code(), locale)
              : null;
      prepare(model, ReportForm.typed(form), ReportForm.errors(p, messages, locale), general);
      return "detentionreports/new";
    }
  }

  /** The confirmation: the code the first time only; reloaded, that it was shown once. */
  @GetMapping("/detention-reports/made")
  String made(HttpServletRequest request, HttpServletResponse response, Model model) {
    PublicDoorPages.noStore(response);
    var session = request.getSession(false);
    boolean madeHere = session != null && session.getAttribute(MADE) != null;
    if (!(model.getAttribute("code") instanceof String) && !madeHere) {
      return "redirect:/detention-reports/new";
    }
    model.addAttribute("code", model.getAttribute("code"));
    return "detentionreports/made";
  }

  @GetMapping("/detention-reports/status")
  String statusForm(Model model) {
    return "detentionreports/status";
  }

  @PostMapping("/detention-reports/status")
  String status(
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model) {
    PublicDoorPages.noStore(response);
    PublicDoorPages.status(
        () -> reports.status(code.strip(), request.getRemoteAddr()),
        "detentionReport.statusNotFound",
        messages,
        locale,
        response,
        model);
    return "detentionreports/status";
  }

  private void prepare(
      Model model, Map<String, String> form, Map<String, String> errors, @Nullable String problem) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("regions", facilities.regions());
    model.addAttribute("relations", ReporterRelation.values());
  }
}
