package org.habeas.training.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.habeas.system.Actor;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.training.JointEvent;
import org.habeas.training.JointEvents;
import org.habeas.training.TrainingAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Joint events with partner institutions: the list, a new one, one with its follow-ups. */
@Controller
class EventPages {

  private static final int PAGE = 25;

  /** Rows the new-event form offers for participants and for follow-up actions. */
  static final int ROWS = 4;

  private final JointEvents events;

  EventPages(JointEvents events) {
    this.events = events;
  }

  @GetMapping("/training/events")
  String list(Actor me, @RequestParam(defaultValue = "0") int page, Model model) {
    TrainingAccess.requireView(me);
    var p = Paging.of(page, PAGE);
    model.addAttribute("events", events.page(p.offset(), PAGE));
    model.addAttribute("total", events.count());
    model.addAttribute("page", p.page());
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("mayManage", TrainingAccess.mayManage(me));
    model.addAttribute("kinds", JointEvent.KINDS);
    model.addAttribute("partners", JointEvent.PARTNERS);
    model.addAttribute("rows", IntStream.range(0, ROWS).boxed().toList());
    if (!model.containsAttribute("eventForm")) {
      model.addAttribute("eventForm", Map.of());
      model.addAttribute("eventFormErrors", Map.of());
      model.addAttribute("chosenPartners", List.of());
    }
    return "training/events";
  }

  @PostMapping("/training/events")
  String record(Actor me, @RequestParam MultiValueMap<String, String> params, Model model) {
    var form = params.toSingleValueMap();
    var partners = params.getOrDefault("partners", List.of());
    try {
      var participants = new ArrayList<JointEvent.Participant>();
      var followUps = new ArrayList<JointEvent.FollowUp>();
      for (int i = 0; i < ROWS; i++) {
        var name = Forms.text(form, "pName" + i);
        if (!name.isEmpty()) {
          participants.add(
              new JointEvent.Participant(null, name, Forms.text(form, "pInstitution" + i)));
        }
        var action = Forms.text(form, "fAction" + i);
        if (!action.isEmpty()) {
          followUps.add(
              new JointEvent.FollowUp(
                  action,
                  Forms.text(form, "fResponsible" + i),
                  Forms.optionalDate("fDue" + i, form.get("fDue" + i)),
                  Forms.text(form, "fRecommendation" + i)));
        }
      }
      var id =
          events.record(
              me,
              new JointEvent(
                  "",
                  Forms.text(form, "kind"),
                  Forms.text(form, "title"),
                  Forms.date("heldOn", form.get("heldOn")),
                  Forms.text(form, "location"),
                  partners,
                  Forms.text(form, "agenda"),
                  Forms.text(form, "outcomes")),
              participants,
              followUps);
      return "redirect:/training/events/" + id;
    } catch (Problem e) {
      if (e.kind() == Problem.Kind.FORBIDDEN) {
        throw e;
      }
      Forms.keep(model, "eventForm", form, e);
      model.addAttribute("chosenPartners", partners);
      return list(me, 0, model);
    }
  }

  @GetMapping("/training/events/{id}")
  String event(Actor me, @PathVariable String id, Model model) {
    TrainingAccess.requireView(me);
    var e = events.find(id).orElseThrow(() -> Problem.notFound("training.event.unknown"));
    model.addAttribute("event", e);
    model.addAttribute("participants", events.participants(id));
    model.addAttribute("followUps", events.followUps(id));
    return "training/event";
  }

  static String joined(String[] values) {
    return String.join(",", Arrays.asList(values));
  }
}
