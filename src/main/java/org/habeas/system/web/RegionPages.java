package org.habeas.system.web;

import static org.habeas.system.web.AdminPages.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.FacilityAdministration;
import org.habeas.system.FacilityAdministration.RegionForm;
import org.habeas.system.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages of regions: a new region and a region's form (the list is on the
 * facilities page). Every change goes through {@link FacilityAdministration}, which checks and
 * audits it; a refused form comes back with every problem next to its field and what was typed.
 */
@Controller
class RegionPages {

  private final Facilities facilities;
  private final FacilityAdministration facilityAdmin;
  private final AdminForms forms;

  RegionPages(Facilities facilities, FacilityAdministration facilityAdmin, AdminForms forms) {
    this.facilities = facilities;
    this.facilityAdmin = facilityAdmin;
    this.forms = forms;
  }

  @GetMapping("/admin/regions/new")
  String newRegion(Actor me, Model model) {
    admin(me);
    return regionForm(model, RegionForm.empty(), true, Map.of());
  }

  @PostMapping("/admin/regions")
  String createRegion(
      Actor me,
      @ModelAttribute RegionFields fields,
      BindingResult binding,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return save(me, fields.created(), true, binding, locale, model, redirect, response);
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
      @ModelAttribute RegionFields fields,
      BindingResult binding,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return save(me, fields.form(code), false, binding, locale, model, redirect, response);
  }

  private String save(
      Actor me,
      RegionForm form,
      boolean creating,
      BindingResult binding,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    admin(me);
    return forms.saveOrReshow(
        () -> {
          facilityAdmin.saveRegion(me, form, creating);
          redirect.addFlashAttribute("saved", creating ? "created" : "changed");
          return "redirect:/admin/facilities";
        },
        binding,
        locale,
        response,
        errors -> regionForm(model, form, creating, errors));
  }

  private String regionForm(
      Model model, RegionForm form, boolean creating, Map<String, List<String>> errors) {
    model.addAttribute("form", form);
    model.addAttribute("creating", creating);
    model.addAttribute("errors", errors);
    model.addAttribute("zones", forms.zones());
    return "system/admin-region";
  }
}
