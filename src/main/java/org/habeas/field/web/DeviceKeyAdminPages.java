package org.habeas.field.web;

import org.habeas.field.DeviceKeys;
import org.habeas.system.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of the phones' keys: pending ones to approve, active ones to revoke (a
 * lost phone), revoked ones kept for the record; each with its owner, facility and label.
 */
@Controller
class DeviceKeyAdminPages {

  private final DeviceKeys keys;

  DeviceKeyAdminPages(DeviceKeys keys) {
    this.keys = keys;
  }

  @GetMapping("/admin/device-keys")
  String list(Actor me, Model model) {
    model.addAttribute("keys", keys.all(me));
    return "field/device-keys";
  }

  @PostMapping("/admin/device-keys/{id}/approve")
  String approve(Actor me, @PathVariable String id, RedirectAttributes flash) {
    keys.approve(me, id);
    flash.addFlashAttribute("done", "deviceKeys.approved");
    return "redirect:/admin/device-keys";
  }

  @PostMapping("/admin/device-keys/{id}/revoke")
  String revoke(Actor me, @PathVariable String id, RedirectAttributes flash) {
    keys.revoke(me, id);
    flash.addFlashAttribute("done", "deviceKeys.revoked");
    return "redirect:/admin/device-keys";
  }
}
