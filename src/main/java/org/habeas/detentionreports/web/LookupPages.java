package org.habeas.detentionreports.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.habeas.complaints.PublicDoorPages;
import org.habeas.detentionreports.DetentionLookup;
import org.habeas.detentionreports.LookupPolicies;
import org.habeas.system.ChecksOwnText;
import org.habeas.system.CurrentActor;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.web.ProblemStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The family's question as a page (issue 19), in kk/ru/en, no sign-in: the form is posted, so the
 * name and the birth date never appear in an address, and the answer is shown on the same response,
 * kept by no cache. What each jurisdiction discloses, and to whom, is said on the page.
 */
@Controller
class LookupPages {

  private final DetentionLookup lookup;
  private final LookupPolicies policies;
  private final CurrentActor actor;
  private final MessageSource messages;

  LookupPages(
      DetentionLookup lookup, LookupPolicies policies, CurrentActor actor, MessageSource messages) {
    this.lookup = lookup;
    this.policies = policies;
    this.actor = actor;
    this.messages = messages;
  }

  @GetMapping("/lookup")
  String form(HttpServletResponse response, Locale locale, Model model) {
    PublicDoorPages.noStore(response);
    prepare(model, Map.of(), Map.of(), locale);
    return "detentionreports/lookup";
  }

  @PostMapping("/lookup")
  @ChecksOwnText
  String ask(
      @RequestParam Map<String, String> form,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model) {
    PublicDoorPages.noStore(response);
    var typed = new LinkedHashMap<String, String>();
    for (var k : new String[] {"name", "birthDate", "nationalId", "barNumber"}) {
      typed.put(k, form.getOrDefault(k, ""));
    }
    try {
      for (var e : typed.entrySet()) {
        if (PlainText.refused(e.getValue())) {
          throw Problem.badField(e.getKey(), "problem.controlCharacter", e.getKey());
        }
      }
      var enquiry =
          DetentionLookup.read(typed.get("name"), typed.get("birthDate"), typed.get("nationalId"));
      var who = DetentionLookup.enquirer(actor.get().orElse(null), typed.get("barNumber"));
      model.addAttribute("answer", lookup.ask(enquiry, who, request.getRemoteAddr()));
      prepare(model, typed, Map.of(), locale);
    } catch (Problem p) {
      response.setStatus(ProblemStatus.of(p));
      retryAfter(p, response);
      if (p.kind() == Problem.Kind.TOO_MANY) {
        model.addAttribute("waitMinutes", p.args().length > 0 ? p.args()[0] : 1);
      }
      var errors = new LinkedHashMap<String, String>();
      p.fields()
          .forEach(
              f ->
                  errors.putIfAbsent(
                      f.field(), messages.getMessage(f.code(), f.args(), f.code(), locale)));
      prepare(model, typed, errors, locale);
    }
    return "detentionreports/lookup";
  }

  private void prepare(
      Model model, Map<String, String> typed, Map<String, String> errors, Locale locale) {
    var shown = new LinkedHashMap<String, String>(typed);
    shown.remove("barNumber");
    model.addAttribute("form", shown);
    model.addAttribute("errors", errors);
    model.addAttribute("policies", policies.all(locale));
    model.addAttribute("lawyer", actor.get().map(a -> a.is(Role.LAWYER)).orElse(false));
  }

  /** Over a limit: the {@code Retry-After} header. */
  static void retryAfter(Problem p, HttpServletResponse response) {
    if (p instanceof DetentionLookup.TooMany t) {
      response.setHeader("Retry-After", String.valueOf(t.retryAfterSeconds()));
    }
  }
}
