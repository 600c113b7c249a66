package org.habeas.complaints.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.complaints.Category;
import org.habeas.complaints.ComplainantRole;
import org.habeas.complaints.Complaints;
import org.habeas.complaints.ContactPreference;
import org.habeas.complaints.IntakeLimits;
import org.habeas.system.ApiProblem;
import org.habeas.system.ChecksOwnText;
import org.habeas.system.Facilities;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public door, no sign-in: the complaint form (works without JavaScript, on a phone) and the
 * status look-up by reference and secret (posted, never in the address).
 */
@Controller
class PublicComplaintPages {

  private final Complaints complaints;
  private final Facilities facilities;
  private final MessageSource messages;

  PublicComplaintPages(Complaints complaints, Facilities facilities, MessageSource messages) {
    this.complaints = complaints;
    this.facilities = facilities;
    this.messages = messages;
  }

  @GetMapping("/complaints/new")
  String form(Model model) {
    prepare(model, IntakeForm.typed(Map.of("contactPreference", "NONE")), Map.of(), null);
    return "complaints/new";
  }

  @PostMapping("/complaints/new")
  @ChecksOwnText
  String lodge(
      @RequestParam Map<String, String> form,
      @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model) {
    noStore(response);
    try {
      var lodged =
          complaints.lodgePublic(
              IntakeForm.intake(form),
              IntakeForm.uploads(files),
              request.getRemoteAddr(),
              locale.getLanguage());
      model.addAttribute("lodged", lodged);
      return "complaints/lodged";
    } catch (ApiProblem p) {
      response.setStatus(p.status());
      retryAfter(p, response);
      var general =
          p.fields().isEmpty() ? messages.getMessage(p.code(), p.args(), p.code(), locale) : null;
      prepare(model, IntakeForm.typed(form), IntakeForm.errors(p, messages, locale), general);
      return "complaints/new";
    }
  }

  @GetMapping("/complaints/status")
  String statusForm(Model model) {
    model.addAttribute("reference", "");
    return "complaints/status";
  }

  @PostMapping("/complaints/status")
  String status(
      @RequestParam(defaultValue = "") String reference,
      @RequestParam(defaultValue = "") String secret,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model) {
    noStore(response);
    model.addAttribute("reference", reference.strip());
    try {
      var found =
          reference.isBlank()
                  || secret.isBlank()
                  || reference.length() > 20
                  || secret.length() > 100
              ? java.util.Optional.<Complaints.PublicStatus>empty()
              : complaints.status(reference, secret, request.getRemoteAddr());
      if (found.isEmpty()) {
        response.setStatus(404);
        model.addAttribute(
            "problem", messages.getMessage("complaint.statusNotFound", null, locale));
      } else {
        model.addAttribute("status", found.get());
      }
    } catch (ApiProblem p) {
      response.setStatus(p.status());
      retryAfter(p, response);
      model.addAttribute("problem", messages.getMessage(p.code(), p.args(), p.code(), locale));
    }
    return "complaints/status";
  }

  private void prepare(
      Model model, Map<String, String> form, Map<String, String> errors, @Nullable String problem) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("roles", ComplainantRole.values());
    model.addAttribute("preferences", ContactPreference.values());
    model.addAttribute("categories", Category.values());
    model.addAttribute("maxMb", complaints.settings().attachmentMaxBytes() / (1024 * 1024));
    model.addAttribute("maxFiles", complaints.settings().attachmentMaxCount());
  }

  private static void retryAfter(ApiProblem p, HttpServletResponse response) {
    if (p instanceof IntakeLimits.TooMany t) {
      response.setHeader("Retry-After", String.valueOf(t.retryAfterSeconds()));
    }
  }

  static void noStore(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
  }
}
