package org.habeas.system.web;

import static org.habeas.system.web.AdminPages.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.FacilityAdministration;
import org.habeas.system.FacilityAdministration.FacilityForm;
import org.habeas.system.Problem;
import org.habeas.system.VideoRegister;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages of facilities: the list (with the regions), a new facility, a
 * facility's form and its cameras. Every change goes through {@link FacilityAdministration} or the
 * {@link VideoRegister}, which check and audit it; a refused form comes back with every problem
 * next to its field and what was typed kept.
 */
@Controller
class FacilityPages {

  private final Facilities facilities;
  private final FacilityAdministration facilityAdmin;
  private final VideoRegister cameras;
  private final AdminForms forms;

  FacilityPages(
      Facilities facilities,
      FacilityAdministration facilityAdmin,
      VideoRegister cameras,
      AdminForms forms) {
    this.facilities = facilities;
    this.facilityAdmin = facilityAdmin;
    this.cameras = cameras;
    this.forms = forms;
  }

  @GetMapping("/admin/facilities")
  String facilities(Actor me, Model model) {
    admin(me);
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("regions", facilities.regions());
    forms.names(model);
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
      @ModelAttribute FacilityFields fields,
      BindingResult binding,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return save(me, fields.created(), true, binding, locale, model, redirect, response);
  }

  @GetMapping("/admin/facilities/{id}")
  String facility(Actor me, @PathVariable String id, Model model) {
    admin(me);
    return facilityForm(model, FacilityForm.of(find(id)), false, Map.of());
  }

  @PostMapping("/admin/facilities/{id}")
  String updateFacility(
      Actor me,
      @PathVariable String id,
      @ModelAttribute FacilityFields fields,
      BindingResult binding,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return save(me, fields.form(id), false, binding, locale, model, redirect, response);
  }

  private String save(
      Actor me,
      FacilityForm form,
      boolean creating,
      BindingResult binding,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    admin(me);
    return forms.saveOrReshow(
        () -> {
          facilityAdmin.save(me, form, creating);
          redirect.addFlashAttribute("saved", creating ? "created" : "changed");
          return "redirect:/admin/facilities/" + form.id();
        },
        binding,
        locale,
        response,
        errors -> facilityForm(model, form, creating, errors));
  }

  /**
   * Adds a camera to the facility's video register (kept by monitoring, audited there); a refused
   * camera re-shows the facility page with every problem next to its field and what was typed.
   */
  @PostMapping("/admin/facilities/{id}/cameras")
  String registerCamera(
      Actor me,
      @PathVariable String id,
      @ModelAttribute("camera") CameraForm camera,
      BindingResult binding,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    admin(me);
    var f = find(id);
    return forms.saveOrReshow(
        () -> {
          cameras.register(
              me, id, camera.roomKind(), camera.label(), camera.status(), camera.retention());
          redirect.addFlashAttribute("saved", "camera");
          return "redirect:/admin/facilities/" + id + "#cameras-title";
        },
        binding,
        locale,
        response,
        errors -> {
          model.addAttribute("camera", camera);
          return facilityForm(model, FacilityForm.of(f), false, errors);
        });
  }

  private String facilityForm(
      Model model, FacilityForm form, boolean creating, Map<String, List<String>> errors) {
    model.addAttribute("form", form);
    model.addAttribute("creating", creating);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", Facility.KINDS);
    model.addAttribute("regions", facilities.regions());
    model.addAttribute("jurisdictions", Facilities.JURISDICTIONS);
    model.addAttribute("zones", forms.zones());
    model.addAttribute("cameras", creating ? List.of() : cameras.of(form.id()));
    model.addAttribute("cameraRegister", true);
    model.addAttribute("roomKinds", cameras.roomKinds());
    model.addAttribute("cameraStatuses", cameras.statuses());
    if (!model.containsAttribute("camera")) {
      model.addAttribute("camera", CameraForm.EMPTY);
    }
    model.addAttribute(
        "facilityZone", facilities.find(form.id()).map(Facility::zone).orElse(ZoneOffset.UTC));
    return "system/admin-facility";
  }

  private Facility find(String id) {
    return facilities.find(id).orElseThrow(() -> Problem.notFound("admin.facilities.unknown"));
  }
}
