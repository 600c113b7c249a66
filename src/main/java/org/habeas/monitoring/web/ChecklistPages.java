package org.habeas.monitoring.web;

import java.util.Map;
import java.util.Objects;
import org.habeas.monitoring.Checklist;
import org.habeas.monitoring.Checklists;
import org.habeas.monitoring.Visits;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The checklist of a visit, one section a page. Its forms name their fields after the items ({@code
 * answer.<item>}, {@code note.<item>}), which differ from section to section, so they are read as a
 * map rather than bound to one form record.
 */
@Controller
class ChecklistPages {

  private final Visits visits;
  private final Checklists checklists;

  ChecklistPages(Visits visits, Checklists checklists) {
    this.visits = visits;
    this.checklists = checklists;
  }

  @GetMapping("/monitoring/visits/{id}/checklist")
  String checklist(@PathVariable String id) {
    return "redirect:/monitoring/visits/" + id + "/checklist/" + Checklist.SECTIONS.getFirst().id();
  }

  @GetMapping("/monitoring/visits/{id}/checklist/{section}")
  String section(Actor me, @PathVariable String id, @PathVariable String section, Model model) {
    var visit = visits.get(me, id);
    var s = section(section);
    int index = Checklist.SECTIONS.indexOf(s);
    model.addAttribute("visit", visit);
    model.addAttribute("section", s);
    model.addAttribute("index", index);
    model.addAttribute("sections", Checklist.SECTIONS);
    model.addAttribute("previous", index > 0 ? Checklist.SECTIONS.get(index - 1).id() : null);
    model.addAttribute(
        "next",
        index < Checklist.SECTIONS.size() - 1 ? Checklist.SECTIONS.get(index + 1).id() : null);
    model.addAttribute("answers", checklists.answers(id));
    model.addAttribute("choices", Checklist.Answer.values());
    return "monitoring/checklist";
  }

  private static Checklist.Section section(String id) {
    return Checklist.section(id).orElseThrow(() -> Problem.notFound("monitoring.sectionNotFound"));
  }

  /** Saves every answered item of a section, then goes on to the next section. */
  @PostMapping("/monitoring/visits/{id}/checklist/{section}")
  String saveSection(
      Actor me,
      @PathVariable String id,
      @PathVariable String section,
      @RequestParam Map<String, String> form) {
    var s = section(section);
    var current = checklists.answers(id);
    for (var item : s.items()) {
      var answer = form.get("answer." + item);
      var note = form.getOrDefault("note." + item, "");
      if (answer == null || answer.isBlank()) {
        continue;
      }
      var before = current.get(item);
      var noteNow = note.isBlank() ? null : note.strip();
      if (before != null
          && before.answer().name().equals(answer)
          && Objects.equals(before.note(), noteNow)) {
        continue; // unchanged
      }
      checklists.answer(me, id, item, answer, note);
    }
    int index = Checklist.SECTIONS.indexOf(s);
    if ("previous".equals(form.get("go")) && index > 0) {
      return sectionPage(id, index - 1);
    }
    if (index < Checklist.SECTIONS.size() - 1) {
      return sectionPage(id, index + 1);
    }
    return "redirect:/monitoring/visits/" + id + "#checklist";
  }

  private static String sectionPage(String visitId, int index) {
    return "redirect:/monitoring/visits/"
        + visitId
        + "/checklist/"
        + Checklist.SECTIONS.get(index).id();
  }

  /** Saves one answer; with htmx only a "saved" mark comes back, without it the section again. */
  @PostMapping("/monitoring/visits/{id}/answer/{item}")
  String answer(
      Actor me,
      @PathVariable String id,
      @PathVariable String item,
      @RequestParam Map<String, String> form,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    var answer = form.getOrDefault("answer." + item, form.get("answer"));
    var note = form.getOrDefault("note." + item, form.get("note"));
    try {
      checklists.answer(me, id, item, answer, note);
      model.addAttribute("ok", true);
    } catch (Problem e) {
      if (htmx == null) {
        throw e;
      }
      model.addAttribute("ok", false);
    }
    if (htmx != null) {
      return "monitoring/checklist :: saved";
    }
    var section =
        Checklist.SECTIONS.stream()
            .filter(s -> s.items().contains(item))
            .findFirst()
            .map(Checklist.Section::id)
            .orElse("register");
    return "redirect:/monitoring/visits/" + id + "/checklist/" + section;
  }
}
