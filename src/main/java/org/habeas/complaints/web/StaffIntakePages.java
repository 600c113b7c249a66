package org.habeas.complaints.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.complaints.ComplainantRole;
import org.habeas.complaints.ComplaintIntake;
import org.habeas.complaints.ContactPreference;
import org.habeas.complaints.Search;
import org.habeas.system.Actor;
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
import org.springframework.web.multipart.MultipartFile;

/** A complaint taken in by a monitor or lawyer: the form, and lodging it. */
@Controller
class StaffIntakePages {

  private final ComplaintIntake complaints;
  private final Facilities facilities;
  private final MessageSource messages;

  StaffIntakePages(ComplaintIntake complaints, Facilities facilities, MessageSource messages) {
    this.complaints = complaints;
    this.facilities = facilities;
    this.messages = messages;
  }

  @GetMapping("/complaints/intake")
  String intakeForm(Actor me, Model model) {
    if (!Search.listRights(me).takeIn()) {
      throw Problem.forbidden("complaints.forbidden");
    }
    prepare(model, IntakeForm.typed(Map.of("contactPreference", "NONE")), Map.of(), null);
    return "complaints/intake";
  }

  @PostMapping("/complaints/intake")
  @ChecksOwnText
  String intake(
      Actor me,
      @RequestParam Map<String, String> form,
      @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
      HttpServletResponse response,
      Locale locale,
      Model model) {
    try {
      var lodged =
          complaints.lodgeStaff(
              me,
              IntakeForm.intake(form),
              IntakeForm.uploads(files),
              "true".equals(form.get("oral")));
      return "redirect:/complaints/" + lodged.id();
    } catch (Problem p) {
      if (p.kind() == Problem.Kind.FORBIDDEN) {
        throw p;
      }
      response.setStatus(ProblemStatus.of(p));
      var general =
          p.fields().isEmpty() ? messages.getMessage(p.code(), p.args(), p.code(), locale) : null;
      var typed = new HashMap<>(IntakeForm.typed(form));
      typed.put("oral", form.getOrDefault("oral", ""));
      prepare(model, typed, IntakeForm.errors(p, messages, locale), general);
      return "complaints/intake";
    }
  }

  private void prepare(
      Model model, Map<String, String> form, Map<String, String> errors, @Nullable String problem) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("roles", ComplainantRole.values());
    model.addAttribute("preferences", ContactPreference.values());
    model.addAttribute("maxMb", complaints.settings().attachmentMaxBytes() / (1024 * 1024));
    model.addAttribute("maxFiles", complaints.settings().attachmentMaxCount());
  }
}
