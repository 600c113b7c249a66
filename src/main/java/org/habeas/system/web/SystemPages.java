package org.habeas.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.habeas.system.Actor;
import org.habeas.system.ApiTokens;
import org.habeas.system.Paging;
import org.habeas.system.Role;
import org.habeas.system.SignIns;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-in, each role's landing page, the account page (API tokens) and the list of sign-ins (the
 * audit itself is {@link AuditPages}).
 */
@Controller
class SystemPages {

  private static final int PAGE = 50;
  private final ApiTokens tokens;
  private final SignIns signIns;
  private final Clock clock;

  SystemPages(ApiTokens tokens, SignIns signIns, Clock clock) {
    this.tokens = tokens;
    this.signIns = signIns;
    this.clock = clock;
  }

  @GetMapping("/login")
  String login() {
    return "system/login";
  }

  /**
   * The sign-in form again, 429, saying when to try again: where a throttled sign-in is forwarded
   * (the wait is in the request's attributes). Asked for directly, the plain form.
   */
  @RequestMapping("/login/throttled")
  String throttled(HttpServletRequest request, HttpServletResponse response) {
    if (request.getAttribute("signInThrottledMinutes") == null) {
      return "redirect:/login";
    }
    response.setStatus(429);
    return "system/login";
  }

  /** The language switch (the {@code lang} parameter is applied by the locale interceptor). */
  @GetMapping("/language")
  String language(@RequestParam(defaultValue = "/") String back) {
    var safe = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
    return "redirect:" + safe;
  }

  /**
   * Where each role starts its day (issue 15): the page of its main task; {@code /} sends a
   * signed-in user here ({@link PublicHome}).
   */
  static String landing(Role role) {
    return switch (role) {
      case CUSTODY_OFFICER, INVESTIGATOR -> "/custody/board";
      case DOCTOR -> "/medical";
      case PROSECUTOR -> "/alerts";
      case LAWYER -> "/custody/clients";
      case MONITOR -> "/overview";
      case TRAINER -> "/training";
      case FOCAL_POINT -> "/monitoring/recommendations";
      case ADMIN -> "/admin";
    };
  }

  @GetMapping("/account")
  String account(Actor me, Model model) {
    model.addAttribute("tokens", tokens.of(me.username()));
    model.addAttribute("now", clock.instant());
    model.addAttribute("tokenDays", tokens.ttl().toDays());
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

  /**
   * Sign-ins, newest first, with the bursts of failures of the last week at the top
   * (administrators).
   */
  @GetMapping("/audit/sign-ins")
  String signIns(Actor me, @RequestParam(defaultValue = "0") int page, Model model) {
    if (!me.is(Role.ADMIN)) {
      throw new AccessDeniedException("sign-ins");
    }
    var p = Paging.of(page, PAGE);
    model.addAttribute("alerts", signIns.alertsSince(clock.instant().minus(Duration.ofDays(7))));
    model.addAttribute("attempts", signIns.page(p.offset(), PAGE));
    model.addAttribute("total", signIns.count());
    model.addAttribute("page", p.page());
    model.addAttribute("pageSize", PAGE);
    return "system/sign-ins";
  }
}
