package org.habeas.system.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.system.Actor;
import org.habeas.system.AuditTrail;
import org.habeas.system.Facilities;
import org.habeas.system.FacilityAdministration;
import org.habeas.system.FacilityAdministration.FacilityForm;
import org.habeas.system.FacilityAdministration.RegionForm;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.UserAdministration;
import org.habeas.system.UserAdministration.UserForm;
import org.habeas.system.Users;
import org.habeas.system.VideoRegister;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages: the landing page, users, facilities and regions. Every change goes
 * through {@link UserAdministration} or {@link FacilityAdministration}, which check and audit it; a
 * refused form comes back with every problem next to its field and what was typed kept.
 */
@Controller
class AdminPages {

  private static final int PAGE = 25;

  private final Users users;
  private final Facilities facilities;
  private final UserAdministration userAdmin;
  private final FacilityAdministration facilityAdmin;
  private final AuditTrail audit;
  private final ObjectProvider<VideoRegister> cameras;
  private final MessageSource messages;
  private final Clock clock;

  AdminPages(
      Users users,
      Facilities facilities,
      UserAdministration userAdmin,
      FacilityAdministration facilityAdmin,
      AuditTrail audit,
      ObjectProvider<VideoRegister> cameras,
      MessageSource messages,
      Clock clock) {
    this.users = users;
    this.facilities = facilities;
    this.userAdmin = userAdmin;
    this.facilityAdmin = facilityAdmin;
    this.audit = audit;
    this.cameras = cameras;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/admin")
  String landing(Actor me, Model model) {
    admin(me);
    var day =
        new AuditTrail.Filter(null, null, null, clock.instant().minus(Duration.ofDays(1)), null);
    model.addAttribute("userCount", users.count(null, null));
    model.addAttribute("disabledCount", users.disabled());
    model.addAttribute("facilityCount", facilities.all().size());
    model.addAttribute("regionCount", facilities.regions().size());
    model.addAttribute("auditDay", audit.count(me, day));
    model.addAttribute(
        "failedDay",
        audit.count(me, new AuditTrail.Filter(null, "SIGN_IN_FAILURE", null, day.from(), null)));
    return "system/admin";
  }

  // --- users ------------------------------------------------------------------------------------

  @GetMapping("/admin/users")
  String users(
      Actor me,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String role,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    admin(me);
    var p = Paging.of(page, PAGE);
    var text = q == null || q.isBlank() ? null : q.strip();
    var r = role(role);
    model.addAttribute("users", users.search(text, r, p.offset(), PAGE));
    model.addAttribute("total", users.count(text, r));
    model.addAttribute("page", p.page());
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("q", text);
    model.addAttribute("role", r == null ? null : r.name());
    model.addAttribute("roles", Role.values());
    names(model);
    return "system/admin-users";
  }

  @GetMapping("/admin/users/new")
  String newUser(Actor me, Model model) {
    admin(me);
    return userForm(model, UserForm.empty(), true, Map.of());
  }

  @PostMapping("/admin/users")
  String createUser(
      Actor me,
      @RequestParam Map<String, String> params,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    admin(me);
    var form = userForm(params, params.getOrDefault("username", "").strip());
    try {
      var password = userAdmin.create(me, form);
      redirect.addFlashAttribute("newPassword", password);
      redirect.addFlashAttribute("saved", "created");
      return "redirect:/admin/users/" + form.username();
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID) {
        throw p;
      }
      response.setStatus(400);
      return userForm(model, form, true, errors(p, locale));
    }
  }

  @GetMapping("/admin/users/{username}")
  String user(Actor me, @PathVariable String username, Model model) {
    admin(me);
    var account = account(username);
    model.addAttribute("account", account);
    return userForm(model, UserForm.of(account, userAdmin.agencyOf(username)), false, Map.of());
  }

  @PostMapping("/admin/users/{username}")
  String updateUser(
      Actor me,
      @PathVariable String username,
      @RequestParam Map<String, String> params,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    admin(me);
    var account = account(username);
    var form = userForm(params, username);
    try {
      userAdmin.update(me, form);
      redirect.addFlashAttribute("saved", "changed");
      return "redirect:/admin/users/" + username;
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID) {
        throw p;
      }
      response.setStatus(400);
      model.addAttribute("account", account);
      return userForm(model, form, false, errors(p, locale));
    }
  }

  @PostMapping("/admin/users/{username}/enabled")
  String enable(
      Actor me,
      @PathVariable String username,
      @RequestParam boolean enabled,
      RedirectAttributes redirect) {
    admin(me);
    try {
      userAdmin.setEnabled(me, username, enabled);
      redirect.addFlashAttribute("saved", enabled ? "enabled" : "disabled");
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.CONFLICT) {
        throw p;
      }
      redirect.addFlashAttribute("refused", p.code());
    }
    return "redirect:/admin/users/" + username;
  }

  @PostMapping("/admin/users/{username}/password")
  String password(
      Actor me,
      @PathVariable String username,
      @RequestParam(defaultValue = "") String password,
      RedirectAttributes redirect) {
    admin(me);
    try {
      var generated = userAdmin.resetPassword(me, username, password);
      if (generated != null) {
        redirect.addFlashAttribute("newPassword", generated);
      }
      redirect.addFlashAttribute("saved", "password");
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID) {
        throw p;
      }
      redirect.addFlashAttribute("refused", "admin.users.passwordLength");
    }
    return "redirect:/admin/users/" + username;
  }

  private String userForm(
      Model model, UserForm form, boolean creating, Map<String, List<String>> errors) {
    model.addAttribute("form", form);
    model.addAttribute("creating", creating);
    model.addAttribute("errors", errors);
    model.addAttribute("roles", Role.values());
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("regions", facilities.regions());
    model.addAttribute("agencies", userAdmin.agencyCodes());
    model.addAttribute("languages", Users.LANGUAGES);
    return "system/admin-user";
  }

  private static UserForm userForm(Map<String, String> p, String username) {
    return new UserForm(
        username,
        p.getOrDefault("displayName", ""),
        p.getOrDefault("role", ""),
        p.getOrDefault("facilityId", ""),
        p.getOrDefault("regionCode", ""),
        p.getOrDefault("agency", ""),
        p.getOrDefault("language", ""),
        p.getOrDefault("email", ""),
        "true".equals(p.get("supervisor")) || "on".equals(p.get("supervisor")));
  }

  private Users.Account account(String username) {
    return users.account(username).orElseThrow(() -> Problem.notFound("admin.users.unknown"));
  }

  // --- facilities and regions -------------------------------------------------------------------

  @GetMapping("/admin/facilities")
  String facilities(Actor me, Model model) {
    admin(me);
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("regions", facilities.regions());
    names(model);
    return "system/admin-facilities";
  }

  @GetMapping("/admin/facilities/new")
  String newFacility(Actor me, Model model) {
    admin(me);
    return facilityForm(model, FacilityForm.empty(), true, Map.of());
  }

  @PostMapping("/admin/facilities")
  String createFacility(
      Actor me,
      @RequestParam Map<String, String> params,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return saveFacility(
        me,
        facilityForm(params, params.getOrDefault("id", "").strip()),
        true,
        locale,
        model,
        redirect,
        response);
  }

  @GetMapping("/admin/facilities/{id}")
  String facility(Actor me, @PathVariable String id, Model model) {
    admin(me);
    var f = facilities.find(id).orElseThrow(() -> Problem.notFound("admin.facilities.unknown"));
    return facilityForm(model, FacilityForm.of(f), false, Map.of());
  }

  @PostMapping("/admin/facilities/{id}")
  String updateFacility(
      Actor me,
      @PathVariable String id,
      @RequestParam Map<String, String> params,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return saveFacility(me, facilityForm(params, id), false, locale, model, redirect, response);
  }

  private String saveFacility(
      Actor me,
      FacilityForm form,
      boolean creating,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    admin(me);
    try {
      facilityAdmin.save(me, form, creating);
      redirect.addFlashAttribute("saved", creating ? "created" : "changed");
      return "redirect:/admin/facilities/" + form.id();
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID) {
        throw p;
      }
      response.setStatus(400);
      return facilityForm(model, form, creating, errors(p, locale));
    }
  }

  private String facilityForm(
      Model model, FacilityForm form, boolean creating, Map<String, List<String>> errors) {
    model.addAttribute("form", form);
    model.addAttribute("creating", creating);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", org.habeas.system.Facility.KINDS);
    model.addAttribute("regions", facilities.regions());
    model.addAttribute("jurisdictions", Facilities.JURISDICTIONS);
    model.addAttribute("zones", zones());
    var register = cameras.getIfAvailable();
    model.addAttribute(
        "cameras", creating || register == null ? List.of() : register.of(form.id()));
    model.addAttribute("cameraRegister", register != null);
    model.addAttribute("roomKinds", register == null ? List.of() : register.roomKinds());
    model.addAttribute("cameraStatuses", register == null ? List.of() : register.statuses());
    if (!model.containsAttribute("camera")) {
      model.addAttribute("camera", CameraForm.EMPTY);
    }
    model.addAttribute(
        "facilityZone",
        facilities.find(form.id()).map(f -> f.zone()).orElse(java.time.ZoneOffset.UTC));
    return "system/admin-facility";
  }

  /**
   * Adds a camera to the facility's video register (kept by monitoring, audited there); a refused
   * camera re-shows the facility page with every problem next to its field and what was typed.
   */
  @PostMapping("/admin/facilities/{id}/cameras")
  String registerCamera(
      Actor me,
      @PathVariable String id,
      @RequestParam Map<String, String> params,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    admin(me);
    var f = facilities.find(id).orElseThrow(() -> Problem.notFound("admin.facilities.unknown"));
    var register = cameras.getIfAvailable();
    if (register == null) {
      throw Problem.notFound("admin.facilities.unknown");
    }
    var camera = new CameraForm(params);
    try {
      register.register(
          me, id, camera.roomKind(), camera.label(), camera.status(), camera.retention());
      redirect.addFlashAttribute("saved", "camera");
      return "redirect:/admin/facilities/" + id + "#cameras-title";
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID) {
        throw p;
      }
      response.setStatus(400);
      model.addAttribute("camera", camera);
      return facilityForm(model, FacilityForm.of(f), false, errors(p, locale));
    }
  }

  /** The camera form as typed (every value kept as text, to be shown again). */
  record CameraForm(String roomKind, String label, String status, String retentionDays) {

    static final CameraForm EMPTY = new CameraForm("", "", "working", "");

    CameraForm(Map<String, String> p) {
      this(
          p.getOrDefault("roomKind", ""),
          p.getOrDefault("label", ""),
          p.getOrDefault("status", ""),
          p.getOrDefault("retentionDays", "").strip());
    }

    /** The retention in days; what is not a whole number is out of range (-1), so refused. */
    @Nullable Integer retention() {
      try {
        return retentionDays.isEmpty() ? null : Integer.valueOf(retentionDays);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
  }

  private static FacilityForm facilityForm(Map<String, String> p, String id) {
    return new FacilityForm(
        id,
        p.getOrDefault("kind", ""),
        p.getOrDefault("regionCode", ""),
        p.getOrDefault("nameEn", ""),
        p.getOrDefault("nameRu", ""),
        p.getOrDefault("nameKk", ""),
        p.getOrDefault("zone", ""),
        p.getOrDefault("jurisdiction", ""));
  }

  @GetMapping("/admin/regions/new")
  String newRegion(Actor me, Model model) {
    admin(me);
    return regionForm(model, RegionForm.empty(), true, Map.of());
  }

  @PostMapping("/admin/regions")
  String createRegion(
      Actor me,
      @RequestParam Map<String, String> params,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return saveRegion(
        me,
        regionForm(params, params.getOrDefault("code", "").strip()),
        true,
        locale,
        model,
        redirect,
        response);
  }

  @GetMapping("/admin/regions/{code}")
  String region(Actor me, @PathVariable String code, Model model) {
    admin(me);
    var r = facilities.region(code).orElseThrow(() -> Problem.notFound("admin.facilities.unknown"));
    return regionForm(model, RegionForm.of(r), false, Map.of());
  }

  @PostMapping("/admin/regions/{code}")
  String updateRegion(
      Actor me,
      @PathVariable String code,
      @RequestParam Map<String, String> params,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return saveRegion(me, regionForm(params, code), false, locale, model, redirect, response);
  }

  private String saveRegion(
      Actor me,
      RegionForm form,
      boolean creating,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    admin(me);
    try {
      facilityAdmin.saveRegion(me, form, creating);
      redirect.addFlashAttribute("saved", creating ? "created" : "changed");
      return "redirect:/admin/facilities";
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID) {
        throw p;
      }
      response.setStatus(400);
      return regionForm(model, form, creating, errors(p, locale));
    }
  }

  private String regionForm(
      Model model, RegionForm form, boolean creating, Map<String, List<String>> errors) {
    model.addAttribute("form", form);
    model.addAttribute("creating", creating);
    model.addAttribute("errors", errors);
    model.addAttribute("zones", zones());
    return "system/admin-region";
  }

  private static RegionForm regionForm(Map<String, String> p, String code) {
    return new RegionForm(
        code,
        p.getOrDefault("nameEn", ""),
        p.getOrDefault("nameRu", ""),
        p.getOrDefault("nameKk", ""),
        p.getOrDefault("zone", ""));
  }

  /** The zones already in use, offered first (any other tz id may be typed). */
  private List<String> zones() {
    return facilities.all().stream().map(f -> f.zone().getId()).distinct().sorted().toList();
  }

  // --- shared -----------------------------------------------------------------------------------

  /** Facility and region names by id, in the reader's language. */
  private void names(Model model) {
    var f = new java.util.HashMap<String, String>();
    facilities.all().forEach(x -> f.put(x.id(), x.name()));
    var r = new java.util.HashMap<String, String>();
    facilities.regions().forEach(x -> r.put(x.code(), x.name()));
    model.addAttribute("facilityNames", f);
    model.addAttribute("regionNames", r);
  }

  /** Each field's problems, in the reader's language. */
  private Map<String, List<String>> errors(Problem p, Locale locale) {
    var errors = new LinkedHashMap<String, List<String>>();
    for (var f : p.fields()) {
      errors
          .computeIfAbsent(f.field(), k -> new java.util.ArrayList<>())
          .add(messages.getMessage(f.code(), f.args(), f.code(), locale));
    }
    return errors;
  }

  private static @Nullable Role role(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    for (var r : Role.values()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw Problem.badField("role", "field.oneOf", List.of(Role.values()).toString());
  }

  static void admin(Actor me) {
    if (!me.is(Role.ADMIN)) {
      throw Problem.forbidden("admin.forbidden");
    }
  }
}
