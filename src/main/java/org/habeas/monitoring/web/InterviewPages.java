package org.habeas.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import org.habeas.monitoring.Interviews;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Private interviews of a visit, for its team: the notes, and an allegation handed over. */
@Controller
class InterviewPages {

  /** An interview's notes, as typed. */
  record InterviewForm(@Nullable String notes) {}

  /** An allegation to hand over as a complaint, and the custody record it concerns if known. */
  record ComplaintForm(@Nullable String allegation, @Nullable String recordId) {}

  private final Interviews interviews;
  private final VisitOverview overview;
  private final MessageSource messages;

  InterviewPages(Interviews interviews, VisitOverview overview, MessageSource messages) {
    this.interviews = interviews;
    this.overview = overview;
    this.messages = messages;
  }

  @PostMapping("/monitoring/visits/{id}/interviews")
  String interview(
      Actor me,
      @PathVariable String id,
      InterviewForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response) {
    try {
      Problems.check(binding);
      interviews.hold(me, id, form.notes());
      return "redirect:/monitoring/visits/" + id + "#interviews";
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      var values = FormValues.of("notes", form.notes());
      return overview.page(me, id, "interview", values, Problems.byField(e, messages), model);
    }
  }

  @PostMapping("/monitoring/visits/{id}/interviews/{interviewId}/complaint")
  String complaint(
      Actor me,
      @PathVariable String id,
      @PathVariable String interviewId,
      ComplaintForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response) {
    try {
      Problems.check(binding);
      interviews.raiseComplaint(me, id, interviewId, form.allegation(), form.recordId());
      return "redirect:/monitoring/visits/" + id + "#interviews";
    } catch (Problem e) {
      if (e.fields().isEmpty()) {
        throw e;
      }
      response.setStatus(400);
      var values = FormValues.of("allegation", form.allegation(), "recordId", form.recordId());
      return overview.page(
          me, id, "complaint-" + interviewId, values, Problems.byField(e, messages), model);
    }
  }
}
