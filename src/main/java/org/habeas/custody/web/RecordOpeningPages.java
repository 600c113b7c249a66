package org.habeas.custody.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.habeas.custody.Apprehended;
import org.habeas.custody.CustodyRecords;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.habeas.system.web.ProblemStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Opening a record: the apprehension's form, under the legal profile of the officer's facility
 * (which only a custody supervisor may change).
 *
 * <p>The form is the apprehension's fields as {@link EventForms} lists them from the event's record
 * components, so it is taken as its names and values and bound by {@link EventForms#bind}, as every
 * event form is.
 */
@Controller
class RecordOpeningPages {

  private final CustodyRecords records;
  private final Facilities facilities;
  private final PageForms forms;

  RecordOpeningPages(CustodyRecords records, Facilities facilities, PageForms forms) {
    this.records = records;
    this.facilities = facilities;
    this.forms = forms;
  }

  @GetMapping("/custody/new")
  String newRecord(Actor me, Model model) {
    var zone = forms.zoneOf(me.facilityId());
    model.addAttribute("fields", EventForms.fields(Apprehended.class));
    var values = new HashMap<String, String>();
    values.put("facilityId", String.valueOf(me.facilityId()));
    var profile = me.facilityId() == null ? null : records.facilityProfile(me.facilityId());
    if (profile != null) {
      values.put("jurisdiction", profile.code());
    }
    model.addAttribute("values", values);
    model.addAttribute("errors", Map.of());
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("zone", zone);
    model.addAttribute("profileLocked", !me.supervisor());
    return "custody/new";
  }

  @PostMapping("/custody")
  String open(
      Actor me, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
    var zone = forms.zoneOf(form.getOrDefault("facilityId", me.facilityId()));
    var fields = EventForms.fields(Apprehended.class);
    try {
      var node = EventForms.bind("Apprehended", fields, form, "", zone);
      var event = (Apprehended) forms.read(node);
      var id = records.open(me, event);
      return "redirect:/custody/" + id;
    } catch (Problem p) {
      response.setStatus(ProblemStatus.of(p));
      model.addAttribute("fields", fields);
      model.addAttribute("values", form);
      model.addAttribute("errors", forms.errors(p, "", zone));
      model.addAttribute("problem", forms.title(me, p, zone));
      model.addAttribute("facilities", facilities.all());
      model.addAttribute("zone", zone);
      model.addAttribute("profileLocked", !me.supervisor());
      model.addAttribute("here", "/custody/new");
      return "custody/new";
    }
  }
}
