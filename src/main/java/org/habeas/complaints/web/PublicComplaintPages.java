package org.habeas.complaints.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.habeas.complaints.Category;
import org.habeas.complaints.ComplainantRole;
import org.habeas.complaints.ComplaintIntake;
import org.habeas.complaints.ContactPreference;
import org.habeas.complaints.IntakeLimits;
import org.habeas.complaints.PublicDoorPages;
import org.habeas.complaints.PublicStatus;
import org.habeas.complaints.StatusLookup;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public door, no sign-in: the complaint form (works without JavaScript, on a phone) with its
 * confirmation, and the status look-up by reference and secret (posted, never in the address). Over
 * the door's limits the page is answered 429 with {@code Retry-After}, saying in minutes when to
 * try again, and the form keeps what was typed.
 */
@Controller
class PublicComplaintPages {

  /** The session attribute holding the reference of the complaint last lodged in it. */
  static final String LODGED = PublicComplaintPages.class.getName() + ".lodged";

  private final ComplaintIntake complaints;
  private final StatusLookup statuses;
  private final Facilities facilities;
  private final MessageSource messages;

  PublicComplaintPages(
      ComplaintIntake complaints,
      StatusLookup statuses,
      Facilities facilities,
      MessageSource messages) {
    this.complaints = complaints;
    this.statuses = statuses;
    this.facilities = facilities;
    this.messages = messages;
  }

  @GetMapping("/complaints/new")
  String form(Model model) {
    prepare(model, IntakeForm.typed(Map.of("contactPreference", "NONE")), Map.of(), null);
    return "complaints/new";
  }

  /**
   * Lodges the complaint and redirects to the confirmation (post-redirect-get), so that reloading
   * it never lodges twice. The secret travels to that one page as a flash attribute, never in an
   * address; the session remembers only the reference.
   */
  @PostMapping("/complaints/new")
  @ChecksOwnText
  String lodge(
      @RequestParam Map<String, String> form,
      @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    PublicDoorPages.noStore(response);
    try {
      var read = IntakeForm.read(form);
      var lodged =
          complaints.lodgePublic(
              read.intake(),
              read.problems(),
              IntakeForm.uploads(files),
              request.getRemoteAddr(),
              locale.getLanguage());
      request.getSession().setAttribute(LODGED, lodged.reference());
      redirect.addFlashAttribute("reference", lodged.reference());
      redirect.addFlashAttribute("secret", lodged.secret());
      return "redirect:/complaints/lodged";
    } catch (Problem p) {
      response.setStatus(ProblemStatus.of(p));
      PublicDoorPages.overTheLimit(p, response, model);
      var general =
          p.fields().isEmpty() && !(p instanceof IntakeLimits.TooMany)
              ? messages.getMessage(p.code(), p.args(), p.code(), locale)
              : null;
      prepare(model, IntakeForm.typed(form), IntakeForm.errors(p, messages, locale), general);
      return "complaints/new";
    }
  }

  /**
   * The confirmation: the reference and, the first time only, the secret. Reloaded, it shows the
   * reference again and says that the secret was shown once; nothing is lodged again.
   */
  @GetMapping("/complaints/lodged")
  String lodged(HttpServletRequest request, HttpServletResponse response, Model model) {
    PublicDoorPages.noStore(response);
    var session = request.getSession(false);
    var reference =
        model.getAttribute("reference") instanceof String r
            ? r
            : session == null ? null : (String) session.getAttribute(LODGED);
    if (reference == null) {
      return "redirect:/complaints/new";
    }
    model.addAttribute("reference", reference);
    model.addAttribute("secret", model.getAttribute("secret"));
    return "complaints/lodged";
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
    PublicDoorPages.noStore(response);
    model.addAttribute("reference", reference.strip());
    PublicDoorPages.status(
        () ->
            reference.isBlank()
                    || secret.isBlank()
                    || reference.length() > 20
                    || secret.length() > 100
                ? Optional.<PublicStatus>empty()
                : statuses.status(reference, secret, request.getRemoteAddr()),
        "complaint.statusNotFound",
        messages,
        locale,
        response,
        model);
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
}
