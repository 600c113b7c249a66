package org.habeas.safeguards.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.habeas.safeguards.Profile;
import org.habeas.safeguards.ProfileDiff;
import org.habeas.safeguards.ProfileVersion;
import org.habeas.safeguards.Profiles;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.web.ProblemStatus;
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

  /** A profile as the list shows it. */
  record ProfileRow(String id, String title, int version, VersionRow current) {}

  /**
   * A version as people read it: "from the start" or a date and time in the profile's zone, named.
   */
  record VersionRow(int version, String inForceFrom, String uploadedBy, String uploadedAt) {}

  /** A problem of a refused document: the line it cites (0 for none) and what is wrong. */
  record DocumentError(int line, String text) {}

  private final Profiles profiles;
  private final MessageSource messages;
  private final Facilities facilities;
  private final RuleRows rows;

  ProfilePages(Profiles profiles, MessageSource messages, Facilities facilities, RuleRows rows) {
    this.profiles = profiles;
    this.messages = messages;
    this.facilities = facilities;
    this.rows = rows;
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
                                    version(profiles.versions(id).getLast(), locale))))
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
    } catch (Problem p) {
      response.setStatus(ProblemStatus.of(p));
      model.addAttribute("document", document);
      model.addAttribute(
          "errors",
          p.fields().stream()
              .map(
                  f ->
                      new DocumentError(
                          f.args().length > 0 && f.args()[0] instanceof Integer line ? line : 0,
                          Objects.requireNonNullElse(
                              messages.getMessage(f.code(), f.args(), f.code(), locale), f.code())))
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
    model.addAttribute("rules", shown.rules().stream().map(r -> rows.row(r, locale)).toList());
    model.addAttribute(
        "versions", versions.reversed().stream().map(v -> version(v, locale)).toList());
    model.addAttribute("from", diffFrom);
    model.addAttribute("to", diffTo);
    model.addAttribute(
        "diff",
        diffFrom == diffTo
            ? null
            : profiles.diff(id, diffFrom, diffTo).map(d -> readable(d, locale)).orElse(null));
    return "safeguards/profile";
  }

  /** The differences with durations as people write them ("36 h", not "PT36H"). */
  private ProfileDiff readable(ProfileDiff d, Locale locale) {
    return new ProfileDiff(
        d.settings().stream().map(f -> readable(f, locale)).toList(),
        d.rules().stream()
            .map(
                r ->
                    new ProfileDiff.RuleChange(
                        r.ruleId(),
                        r.change(),
                        r.fields().stream().map(f -> readable(f, locale)).toList()))
            .toList());
  }

  private ProfileDiff.FieldChange readable(ProfileDiff.FieldChange f, Locale locale) {
    return new ProfileDiff.FieldChange(
        f.field(), readable(f.before(), locale), readable(f.after(), locale));
  }

  private @Nullable String readable(@Nullable String value, Locale locale) {
    if (value == null || !value.startsWith("P")) {
      return value;
    }
    try {
      return rows.duration(Duration.parse(value), locale);
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  private VersionRow version(ProfileVersion v, Locale locale) {
    var zone = zoneOf(v.profileId());
    return new VersionRow(
        v.version(),
        v.fromTheStart()
            ? messages.getMessage("admin.profiles.fromTheStart", null, locale)
            : when(v.inForceFrom(), zone, locale),
        v.uploadedBy(),
        when(v.uploadedAt(), zone, locale));
  }

  /** "2 December 2026, 14:05 (Asia/Almaty)", in the reader's language. */
  static String when(Instant at, ZoneId zone, Locale locale) {
    var local = at.atZone(zone);
    // English as written in Europe ("2 December 2026"), not in the United States.
    var dates = locale.getLanguage().equals("en") ? Locale.UK : locale;
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(dates).format(local)
        + ", "
        + DateTimeFormatter.ofPattern("HH:mm").format(local)
        + " ("
        + zone.getId()
        + ")";
  }

  /** The zone most of the profile's facilities are in, else UTC. */
  private ZoneId zoneOf(String profileId) {
    return facilities.all().stream()
        .filter(f -> f.jurisdiction().equals(profileId))
        .collect(Collectors.groupingBy(f -> f.zone(), Collectors.counting()))
        .entrySet()
        .stream()
        .max(Map.Entry.<ZoneId, Long>comparingByValue().thenComparing(e -> e.getKey().getId()))
        .map(Map.Entry::getKey)
        .orElse(ZoneOffset.UTC);
  }

  private static void admin(Actor me) {
    if (!me.is(Role.ADMIN)) {
      throw Problem.forbidden("safeguards.profile.forbidden");
    }
  }

  private static Problem unknown() {
    return Problem.notFound("safeguards.profile.unknown");
  }
}
