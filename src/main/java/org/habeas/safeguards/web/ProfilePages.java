package org.habeas.safeguards.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.habeas.safeguards.Limit;
import org.habeas.safeguards.Profile;
import org.habeas.safeguards.ProfileVersion;
import org.habeas.safeguards.Profiles;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms;
import org.habeas.system.Actor;
import org.habeas.system.ApiProblem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's pages of the profiles: the list, one profile's rules and versions, the
 * differences between two versions, and the form that uploads a new version.
 */
@Controller
class ProfilePages {

  /** A rule as the rules table shows it. */
  record RuleRow(
      String id,
      String title,
      String kind,
      String limit,
      String basis,
      String confidence,
      boolean unconfirmed) {}

  /** A profile as the list shows it. */
  record ProfileRow(String id, String title, int version, ProfileVersion current) {}

  private final Profiles profiles;
  private final MessageSource messages;

  ProfilePages(Profiles profiles, MessageSource messages) {
    this.profiles = profiles;
    this.messages = messages;
  }

  @GetMapping("/safeguards/profiles")
  String list(Actor me, Locale locale, Model model) {
    admin(me);
    var rows =
        profiles.ids().stream()
            .flatMap(
                id ->
                    profiles.current(id).stream()
                        .map(
                            p ->
                                new ProfileRow(
                                    id,
                                    p.title().in(locale),
                                    p.version(),
                                    profiles.versions(id).getLast())))
            .toList();
    model.addAttribute("profiles", rows);
    return "safeguards/profiles";
  }

  @GetMapping("/safeguards/profiles/{id}")
  String profile(
      Actor me,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable Integer version,
      @RequestParam(required = false) @Nullable Integer from,
      @RequestParam(required = false) @Nullable Integer to,
      @RequestParam(required = false) @Nullable Integer saved,
      Locale locale,
      Model model) {
    admin(me);
    var current = profiles.current(id).orElseThrow(() -> unknown());
    model.addAttribute("document", profiles.document(id, current.version()).orElseThrow());
    model.addAttribute("errors", List.of());
    model.addAttribute("saved", saved);
    return page(id, current, version, from, to, locale, model);
  }

  @PostMapping("/safeguards/profiles/{id}")
  String upload(
      Actor me,
      @PathVariable String id,
      @RequestParam String document,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    admin(me);
    var current = profiles.current(id).orElseThrow(() -> unknown());
    try {
      var stored = profiles.upload(me, id, document);
      return "redirect:/safeguards/profiles/" + id + "?saved=" + stored.version();
    } catch (ApiProblem p) {
      response.setStatus(p.status());
      model.addAttribute("document", document);
      model.addAttribute(
          "errors",
          p.fields().stream()
              .map(f -> messages.getMessage(f.code(), f.args(), f.code(), locale))
              .toList());
      model.addAttribute("saved", null);
      return page(id, current, null, null, null, locale, model);
    }
  }

  private String page(
      String id,
      Profile current,
      @Nullable Integer version,
      @Nullable Integer from,
      @Nullable Integer to,
      Locale locale,
      Model model) {
    var shown = version == null ? current : profiles.get(id, version).orElseThrow(() -> unknown());
    var versions = profiles.versions(id);
    int diffTo = to != null ? to : current.version();
    int diffFrom = from != null ? from : Math.max(1, diffTo - 1);
    model.addAttribute("id", id);
    model.addAttribute("title", shown.title().in(locale));
    model.addAttribute("shown", shown.version());
    model.addAttribute("current", current.version());
    model.addAttribute("rules", shown.rules().stream().map(r -> row(r, locale)).toList());
    model.addAttribute("versions", versions.reversed());
    model.addAttribute("from", diffFrom);
    model.addAttribute("to", diffTo);
    model.addAttribute(
        "diff", diffFrom == diffTo ? null : profiles.diff(id, diffFrom, diffTo).orElse(null));
    return "safeguards/profile";
  }

  private static RuleRow row(Rule r, Locale locale) {
    return new RuleRow(
        r.id(),
        r.title(locale),
        r.kind().code(),
        limit(r.terms()),
        r.basis(locale),
        r.confidence().name(),
        r.unconfirmed());
  }

  /** The rule's limit as the document writes it, e.g. {@code PT48H (juvenile: PT24H)}. */
  static String limit(RuleTerms terms) {
    return switch (terms) {
      case RuleTerms.Deadline d -> limit(d.limit());
      case RuleTerms.AbsoluteMax a -> limit(a.limit());
      case RuleTerms.BeforeFirstQuestioning b -> b.limit() == null ? "" : b.limit().toString();
      case RuleTerms.ContinuousMax c -> limit(c.limit());
      case RuleTerms.PerDayTotal p -> limit(p.limit());
      case RuleTerms.Periodic p -> limit(p.limit());
      case RuleTerms.NightWindow n -> n.from() + "–" + n.to();
      case RuleTerms.RestPeriod r -> r.rest() + " / " + r.period();
      default -> "";
    };
  }

  private static String limit(Limit limit) {
    if (limit.variants().isEmpty()) {
      return text(limit.base());
    }
    return text(limit.base())
        + " ("
        + limit.variants().entrySet().stream()
            .map(e -> e.getKey() + ": " + text(e.getValue()))
            .collect(Collectors.joining(", "))
        + ")";
  }

  private static String text(Duration d) {
    return d.toString();
  }

  private static void admin(Actor me) {
    if (!me.is(Role.ADMIN)) {
      throw ApiProblem.forbidden("safeguards.profile.forbidden");
    }
  }

  private static ApiProblem unknown() {
    return ApiProblem.notFound("safeguards.profile.unknown");
  }
}
