package org.habeas.system.web;

import org.habeas.system.Actor;
import org.habeas.system.ApiTokens;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, the home redirect, the account page (API tokens) and the audit of reads. */
@Controller
class SystemPages {

  private static final int PAGE = 50;
  private final ApiTokens tokens;
  private final PersonalDataReads reads;

  SystemPages(ApiTokens tokens, PersonalDataReads reads) {
    this.tokens = tokens;
    this.reads = reads;
  }

  @GetMapping("/login")
  String login() {
    return "system/login";
  }

  /** The language switch (the {@code lang} parameter is applied by the locale interceptor). */
  @GetMapping("/language")
  String language(@RequestParam(defaultValue = "/") String back) {
    var safe = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
    return "redirect:" + safe;
  }

  @GetMapping("/")
  String home(Actor me) {
    return switch (me.role()) {
      case CUSTODY_OFFICER, DOCTOR -> "redirect:/custody/board";
      case ADMIN -> "redirect:/audit";
      default -> "redirect:/custody";
    };
  }

  @GetMapping("/account")
  String account(Actor me, Model model) {
    model.addAttribute("tokens", tokens.of(me.username()));
    return "system/account";
  }

  @PostMapping("/account/tokens")
  String createToken(
      Actor me, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
    var label = name.isBlank() ? "API" : name.strip();
    if (label.length() > 100) {
      redirect.addFlashAttribute("tokenError", "field.Size");
      return "redirect:/account";
    }
    redirect.addFlashAttribute("newToken", tokens.create(me.username(), label));
    return "redirect:/account";
  }

  @PostMapping("/account/tokens/revoke")
  String revokeToken(Actor me, @RequestParam String id) {
    tokens.revoke(me.username(), id);
    return "redirect:/account";
  }

  @GetMapping("/audit")
  String audit(
      Actor me,
      @RequestParam(required = false) @Nullable String record,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (!me.is(Role.ADMIN) && !me.is(Role.MONITOR)) {
      throw new AccessDeniedException("audit");
    }
    var p = Math.max(0, page);
    var filter = record == null || record.isBlank() ? null : record.strip();
    model.addAttribute("reads", reads.page(filter, p * PAGE, PAGE));
    model.addAttribute("total", reads.count(filter));
    model.addAttribute("page", p);
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("record", filter);
    return "system/audit";
  }
}
