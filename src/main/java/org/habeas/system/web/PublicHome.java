package org.habeas.system.web;

import org.habeas.system.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front door at {@code /}: the public's home page (no sign-in), linking every public page; a
 * signed-in user goes straight on to the page of their role's main task ({@link
 * SystemPages#landing}).
 */
@Controller
class PublicHome {

  private final CurrentActor actors;

  PublicHome(CurrentActor actors) {
    this.actors = actors;
  }

  @GetMapping("/")
  String home() {
    return actors
        .get()
        .map(me -> "redirect:" + SystemPages.landing(me.role()))
        .orElse("public/home");
  }
}
