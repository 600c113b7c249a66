package org.habeas.field.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.field.DeviceKeys;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Problem;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The arresting officer's phone page at {@code /field}: an installable web app that keeps working
 * with no network. The page is rendered in the user's language with the facilities to bring the
 * person to; its behaviour (the device key, the form, the signed outbox) is in {@code
 * /field/app/*.js}. The service worker and the manifest are served here, not as plain static files:
 * the worker needs {@code Service-Worker-Allowed} to control {@code /field} itself, and the
 * manifest's name is translated.
 */
@Controller
class FieldAppPage {

  private static final MediaType JAVASCRIPT =
      MediaType.parseMediaType("text/javascript; charset=utf-8");
  private static final MediaType MANIFEST =
      MediaType.parseMediaType("application/manifest+json; charset=utf-8");

  private final Facilities facilities;
  private final MessageSource messages;

  FieldAppPage(Facilities facilities, MessageSource messages) {
    this.facilities = facilities;
    this.messages = messages;
  }

  @GetMapping("/field")
  String page(Actor me, Model model) {
    if (!DeviceKeys.mayEnrol(me)) {
      throw Problem.forbidden("problem.forbidden");
    }
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("ownFacility", me.facilityId());
    return "field/app";
  }

  /** The service worker, allowed to control {@code /field} and what is under it. */
  @GetMapping("/field/sw.js")
  ResponseEntity<byte[]> serviceWorker() throws IOException {
    try (InputStream in = new ClassPathResource("static/field/sw.js").getInputStream()) {
      return ResponseEntity.ok()
          .contentType(JAVASCRIPT)
          .cacheControl(CacheControl.noCache())
          .header("Service-Worker-Allowed", "/field")
          .body(in.readAllBytes());
    }
  }

  /** The web app manifest, named in the reader's language. */
  @GetMapping("/field/manifest.webmanifest")
  ResponseEntity<Map<String, Object>> manifest(Locale locale) {
    var body = new LinkedHashMap<String, Object>();
    body.put("name", messages.getMessage("field.app.manifestName", null, locale));
    body.put("short_name", messages.getMessage("field.app.shortName", null, locale));
    body.put("lang", locale.getLanguage());
    body.put("start_url", "/field");
    body.put("scope", "/field");
    body.put("display", "standalone");
    body.put("background_color", "#ffffff");
    body.put("theme_color", "#0b4f8a");
    body.put(
        "icons",
        List.of(
            icon("/field/app/icon-192.png", "192x192", "image/png"),
            icon("/field/app/icon-512.png", "512x512", "image/png"),
            icon("/field/app/icon.svg", "any", "image/svg+xml")));
    return ResponseEntity.ok().contentType(MANIFEST).body(body);
  }

  private static Map<String, String> icon(String src, String sizes, String type) {
    return Map.of("src", src, "sizes", sizes, "type", type);
  }
}
