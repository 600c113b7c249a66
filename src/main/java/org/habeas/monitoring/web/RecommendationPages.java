package org.habeas.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.habeas.monitoring.Evidence;
import org.habeas.monitoring.Findings;
import org.habeas.monitoring.RecommendationProgress;
import org.habeas.monitoring.RecommendationStatus;
import org.habeas.monitoring.RecommendationVerification;
import org.habeas.monitoring.Recommendations;
import org.habeas.monitoring.Visits;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;

/**
 * One recommendation and what is done about it: the commission moves its status, reviews progress
 * and verifies on a follow-up visit; the agency's focal points report progress.
 */
@Controller
class RecommendationPages {

  /** A status change, as typed. */
  record StatusForm(@Nullable String status, @Nullable String note) {}

  /** A progress report, as typed, with its evidence files. */
  record ProgressForm(
      @Nullable String actionsPlanned,
      @Nullable String actionsTaken,
      @Nullable String proposedStatus,
      @Nullable List<MultipartFile> evidence) {}

  /** The commission's review of a progress report. */
  record ReviewForm(@Nullable String accepted, @Nullable String note) {}

  /** A follow-up visit's verdict, as typed. */
  record VerifyForm(@Nullable String visitId, @Nullable String verdict, @Nullable String note) {}

  private final Recommendations recommendations;
  private final RecommendationProgress progress;
  private final RecommendationVerification verification;
  private final Visits visits;
  private final Findings findings;
  private final Evidence evidence;
  private final Facilities facilities;
  private final MessageSource messages;

  RecommendationPages(
      Recommendations recommendations,
      RecommendationProgress progress,
      RecommendationVerification verification,
      Visits visits,
      Findings findings,
      Evidence evidence,
      Facilities facilities,
      MessageSource messages) {
    this.recommendations = recommendations;
    this.progress = progress;
    this.verification = verification;
    this.visits = visits;
    this.findings = findings;
    this.evidence = evidence;
    this.facilities = facilities;
    this.messages = messages;
  }

  @GetMapping("/monitoring/recommendations/{id}")
  String show(Actor me, @PathVariable String id, Model model) {
    return page(me, id, "", Map.of(), Map.of(), model);
  }

  private String page(
      Actor me,
      String id,
      String form,
      Map<String, String> values,
      Map<String, String> errors,
      Model model) {
    var r = recommendations.get(me, id);
    model.addAttribute("r", r);
    model.addAttribute(
        "finding", r.findingId() == null ? null : findings.find(r.findingId()).orElse(null));
    model.addAttribute("history", recommendations.history(id));
    model.addAttribute("progress", recommendations.progress(id));
    model.addAttribute("verifications", recommendations.verifications(id));
    model.addAttribute(
        "facilityName",
        r.facilityId() == null
            ? ""
            : facilities.find(r.facilityId()).map(Facility::name).orElse(r.facilityId()));
    model.addAttribute("isMonitor", me.is(Role.MONITOR));
    model.addAttribute("isFocalPoint", me.is(Role.FOCAL_POINT));
    model.addAttribute("next", r.status().next());
    model.addAttribute("statuses", RecommendationStatus.values());
    model.addAttribute(
        "followUps",
        me.is(Role.MONITOR) && r.facilityId() != null
            ? visits.list(me, r.facilityId(), 0, 20)
            : List.of());
    model.addAttribute("form", form);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("maxMb", evidence.maxBytes() / 1024 / 1024);
    return "monitoring/recommendation";
  }

  @PostMapping("/monitoring/recommendations/{id}/status")
  String status(
      Actor me,
      @PathVariable String id,
      StatusForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response) {
    try {
      Problems.check(binding);
      progress.changeStatus(me, id, status(form.status()), form.note());
      return "redirect:/monitoring/recommendations/" + id;
    } catch (Problem e) {
      var values = FormValues.of("status", form.status(), "note", form.note());
      return refused(me, id, "status", values, e, model, response);
    }
  }

  @PostMapping("/monitoring/recommendations/{id}/progress")
  String progress(
      Actor me,
      @PathVariable String id,
      ProgressForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response)
      throws IOException {
    var uploads = FormUploads.of(form.evidence());
    try {
      Problems.check(binding);
      progress.report(
          me,
          id,
          form.actionsPlanned(),
          form.actionsTaken(),
          status(form.proposedStatus()),
          uploads);
      return "redirect:/monitoring/recommendations/" + id + "#progress";
    } catch (Problem e) {
      var values =
          FormValues.of(
              "actionsPlanned", form.actionsPlanned(),
              "actionsTaken", form.actionsTaken(),
              "proposedStatus", form.proposedStatus());
      return refused(me, id, "progress", values, e, model, response);
    }
  }

  @PostMapping("/monitoring/recommendations/{id}/progress/{progressId}/review")
  String review(
      Actor me,
      @PathVariable String id,
      @PathVariable String progressId,
      ReviewForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response) {
    try {
      Problems.check(binding);
      progress.review(me, progressId, "true".equals(form.accepted()), form.note());
      return "redirect:/monitoring/recommendations/" + id + "#progress";
    } catch (Problem e) {
      var values = FormValues.of("accepted", form.accepted(), "note", form.note());
      return refused(me, id, "review-" + progressId, values, e, model, response);
    }
  }

  @PostMapping("/monitoring/recommendations/{id}/verify")
  String verify(
      Actor me,
      @PathVariable String id,
      VerifyForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response) {
    try {
      Problems.check(binding);
      verification.verify(me, id, form.visitId(), status(form.verdict()), form.note());
      return "redirect:/monitoring/recommendations/" + id + "#verification";
    } catch (Problem e) {
      var values =
          FormValues.of("visitId", form.visitId(), "verdict", form.verdict(), "note", form.note());
      return refused(me, id, "verify", values, e, model, response);
    }
  }

  private String refused(
      Actor me,
      String id,
      String form,
      Map<String, String> values,
      Problem e,
      Model model,
      HttpServletResponse response) {
    if (e.fields().isEmpty()) {
      throw e;
    }
    response.setStatus(400);
    return page(me, id, form, values, Problems.byField(e, messages), model);
  }

  private static @Nullable RecommendationStatus status(@Nullable String s) {
    try {
      return s == null || s.isBlank() ? null : RecommendationStatus.valueOf(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
