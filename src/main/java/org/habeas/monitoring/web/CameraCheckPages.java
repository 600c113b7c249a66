package org.habeas.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.habeas.monitoring.Cameras;
import org.habeas.monitoring.Visits;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The video register as a visit finds it: cameras added to it, and each camera's state checked. */
@Controller
class CameraCheckPages {

  /** A camera's form, as typed: the room and label when it is added, its state at each check. */
  record CameraForm(
      @Nullable String roomKind,
      @Nullable String label,
      @Nullable String status,
      @Nullable String retentionDays,
      @Nullable String note) {

    @Nullable Integer retention() {
      if (retentionDays == null || retentionDays.isBlank()) {
        return null;
      }
      try {
        return Integer.parseInt(retentionDays.strip());
      } catch (NumberFormatException e) {
        throw Problem.badField("retentionDays", "field.Range", 0, 3650);
      }
    }

    Map<String, String> values() {
      return FormValues.of(
          "roomKind", roomKind,
          "label", label,
          "status", status,
          "retentionDays", retentionDays,
          "note", note);
    }
  }

  private final Visits visits;
  private final Cameras cameras;
  private final VisitOverview overview;
  private final MessageSource messages;

  CameraCheckPages(Visits visits, Cameras cameras, VisitOverview overview, MessageSource messages) {
    this.visits = visits;
    this.cameras = cameras;
    this.overview = overview;
    this.messages = messages;
  }

  @PostMapping("/monitoring/visits/{id}/cameras")
  String addCamera(
      Actor me,
      @PathVariable String id,
      CameraForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response) {
    var visit = visits.get(me, id);
    try {
      Problems.check(binding);
      cameras.add(
          me,
          visit.facilityId(),
          form.roomKind(),
          form.label(),
          form.status(),
          form.retention(),
          id);
      return "redirect:/monitoring/visits/" + id + "#cameras";
    } catch (Problem e) {
      return refused(me, id, "camera", form, e, model, response);
    }
  }

  @PostMapping("/monitoring/visits/{id}/cameras/{cameraId}")
  String checkCamera(
      Actor me,
      @PathVariable String id,
      @PathVariable String cameraId,
      CameraForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response) {
    visits.get(me, id);
    try {
      Problems.check(binding);
      cameras.check(me, cameraId, form.status(), form.retention(), form.note(), id);
      return "redirect:/monitoring/visits/" + id + "#cameras";
    } catch (Problem e) {
      return refused(me, id, "check-" + cameraId, form, e, model, response);
    }
  }

  private String refused(
      Actor me,
      String id,
      String which,
      CameraForm form,
      Problem e,
      Model model,
      HttpServletResponse response) {
    if (e.fields().isEmpty()) {
      throw e;
    }
    response.setStatus(400);
    return overview.page(me, id, which, form.values(), Problems.byField(e, messages), model);
  }
}
