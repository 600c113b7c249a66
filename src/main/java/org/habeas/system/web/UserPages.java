package org.habeas.system.web;

import static org.habeas.system.web.AdminPages.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.UserAdministration;
import org.habeas.system.UserAdministration.UserForm;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages of users: the list, a new user, a user's form, disabling and passwords.
 * Every change goes through {@link UserAdministration}, which checks and audits it; a refused form
 * comes back with every problem next to its field and what was typed kept.
 */
@Controller
class UserPages {

  private static final int PAGE = 25;

  private final Users users;
  private final Facilities facilities;
  private final UserAdministration userAdmin;
  private final AdminForms forms;

  UserPages(Users users, Facilities facilities, UserAdministration userAdmin, AdminForms forms) {
    this.users = users;
    this.facilities = facilities;
    this.userAdmin = userAdmin;
    this.forms = forms;
  }

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
    forms.names(model);
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
      @ModelAttribute UserFields fields,
      BindingResult binding,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    admin(me);
    var form = fields.created();
    return forms.saveOrReshow(
        () -> {
          var password = userAdmin.create(me, form);
          redirect.addFlashAttribute("newPassword", password);
          redirect.addFlashAttribute("saved", "created");
          return "redirect:/admin/users/" + form.username();
        },
        binding,
        locale,
        response,
        errors -> userForm(model, form, true, errors));
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
      @ModelAttribute UserFields fields,
      BindingResult binding,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    admin(me);
    var account = account(username);
    var form = fields.form(username);
    return forms.saveOrReshow(
        () -> {
          userAdmin.update(me, form);
          redirect.addFlashAttribute("saved", "changed");
          return "redirect:/admin/users/" + username;
        },
        binding,
        locale,
        response,
        errors -> {
          model.addAttribute("account", account);
          return userForm(model, form, false, errors);
        });
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

  private Users.Account account(String username) {
    return users.account(username).orElseThrow(() -> Problem.notFound("admin.users.unknown"));
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
}
