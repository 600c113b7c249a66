package org.habeas.custody.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.habeas.custody.AfterRelease;
import org.habeas.custody.Board;
import org.habeas.custody.Corrected;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordPanels;
import org.habeas.custody.RecordView;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.web.ProblemStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record's page: its timeline, clock and panels, the event form (or a correction's), a monitor's
 * stated reason to see the person, and the print.
 *
 * <p>The event form's fields are those of the event type chosen ({@link EventForms}, from the
 * event's record components), so the form is taken as its names and values and bound by {@link
 * EventForms#bind} for that type, with the same names and messages as the API.
 */
@Controller
class RecordPages {

  private final CustodyRecords records;
  private final Facilities facilities;
  private final JsonMapper json;
  private final PageForms forms;
  // Several modules may add panels (safeguards does), in their order; custody knows none of them.
  private final ObjectProvider<RecordPanels> panels;
  private final TransactionTemplate tx;
  private final Clock clock;

  RecordPages(
      CustodyRecords records,
      Facilities facilities,
      JsonMapper json,
      PageForms forms,
      ObjectProvider<RecordPanels> panels,
      TransactionTemplate tx,
      Clock clock) {
    this.records = records;
    this.facilities = facilities;
    this.json = json;
    this.forms = forms;
    this.panels = panels;
    this.tx = tx;
    this.clock = clock;
  }

  @GetMapping("/custody/{id}")
  String record(
      Actor me,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String form,
      @RequestParam(required = false) @Nullable Integer correct,
      HttpSession session,
      Model model) {
    var reason = StatedReasons.of(session, id);
    // One transaction for the record and its panels, so that its events are read once for all.
    return Objects.requireNonNull(
        tx.execute(
            s -> {
              var view = records.view(me, id, reason);
              model.addAttribute("errors", Map.of());
              model.addAttribute("values", Map.of());
              if (correct != null && records.mayCorrect(me, view, correct)) {
                prepareCorrection(me, view, correct, model);
              } else {
                prepareForm(me, view, form, model);
              }
              return page(me, view, model);
            }));
  }

  @GetMapping("/custody/{id}/form")
  String formFragment(
      Actor me,
      @PathVariable String id,
      @RequestParam String form,
      HttpSession session,
      Model model) {
    var view = records.view(me, id, StatedReasons.of(session, id));
    model.addAttribute("errors", Map.of());
    model.addAttribute("values", Map.of());
    // The fragment needs all that the whole page gives its form: the facilities of the arrival and
    // transfer forms and the zone their times are read in (issue 15: both were missing).
    formModel(me, view, form, model);
    return "custody/record :: eventForm";
  }

  @PostMapping("/custody/{id}/events")
  String append(
      Actor me,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      HttpSession session,
      Model model,
      HttpServletResponse response) {
    var view = records.view(me, id, StatedReasons.of(session, id));
    var zone = view.facility().zone();
    var type = form.getOrDefault("type", "");
    var correcting = form.get("correctsSeq");
    try {
      var kind =
          EventForms.type(type)
              .orElseThrow(() -> Problem.badField("type", "field.unknownType", type));
      var node = EventForms.bind(type, EventForms.fields(kind), form, "", zone);
      CustodyEvent event = forms.read(node);
      if (correcting != null) {
        event = correction(correcting, form.getOrDefault("reason", ""), event);
      }
      var expected = parseSeq(form.get("lastSeq"));
      records.append(me, id, event, expected);
      return "redirect:/custody/" + id;
    } catch (Problem p) {
      response.setStatus(ProblemStatus.of(p));
      model.addAttribute("values", form);
      model.addAttribute("errors", forms.errors(p, correcting != null ? "replacement." : "", zone));
      model.addAttribute("problem", forms.title(me, p, zone));
      if (correcting != null) {
        model.addAttribute("correcting", parseSeq(correcting));
        prepareForm(view, type, model);
      } else {
        prepareForm(me, view, type, model);
      }
      model.addAttribute("here", "/custody/" + id);
      return page(me, view, model);
    }
  }

  @PostMapping("/custody/{id}/reveal")
  String reveal(
      Actor me,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String reason,
      HttpSession session) {
    if (reason.isBlank() || reason.length() > 500) {
      throw Problem.badField("reason", "field.NotBlank");
    }
    StatedReasons.keep(session, id, reason.strip());
    return "redirect:/custody/" + id;
  }

  @GetMapping("/custody/{id}/print")
  String print(Actor me, @PathVariable String id, HttpSession session, Model model) {
    var view = records.view(me, id, StatedReasons.of(session, id));
    model.addAttribute("view", view);
    model.addAttribute("zone", view.facility().zone());
    model.addAttribute("details", EventDetails.of(view, json, this::facilityName));
    model.addAttribute("printedAt", clock.instant());
    return "custody/print";
  }

  private String page(Actor me, RecordView view, Model model) {
    model.addAttribute("view", view);
    model.addAttribute("clockSince", view.state().apprehendedAt().toString());
    model.addAttribute("clockLimit", view.clock().until().toString());
    model.addAttribute("clockOpen", String.valueOf(view.state().isOpen()));
    model.addAttribute("zone", view.facility().zone());
    model.addAttribute("details", EventDetails.of(view, json, this::facilityName));
    model.addAttribute("types", records.recordableTypes(me, view));
    model.addAttribute("afterReleaseTypes", afterRelease(records.recordableTypes(me, view), view));
    model.addAttribute(
        "correctable",
        view.events().stream()
            .map(e -> e.stored().seq())
            .filter(seq -> records.mayCorrect(me, view, seq))
            .collect(Collectors.toSet()));
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("cell", Board.cell(view.state()));
    model.addAttribute("mayGiveCopy", records.mayGiveCopy(me, view));
    var locale = LocaleContextHolder.getLocale();
    var person = view.person();
    model.addAttribute(
        "personLanguage", person == null ? null : PersonNames.language(person.language(), locale));
    model.addAttribute(
        "personCitizenship",
        person == null ? null : PersonNames.country(person.citizenship(), locale));
    model.addAttribute("profileOverride", records.profileOverride(view));
    model.addAttribute("prominentClock", me.is(Role.LAWYER));
    model.addAttribute(
        "nextDeadline", records.coming(view, LocaleContextHolder.getLocale()).next());
    // Panels of other modules (the safeguards), asked only now that the viewer may see the record.
    model.addAttribute(
        "panels",
        panels.orderedStream().flatMap(p -> p.panel(me, view, clock.instant()).stream()).toList());
    return "custody/record";
  }

  /** The model of the event form alone (the htmx fragment), as the whole page gives it. */
  private void formModel(Actor me, RecordView view, String type, Model model) {
    prepareForm(me, view, type, model);
    model.addAttribute("view", view);
    model.addAttribute("zone", view.facility().zone());
    model.addAttribute("facilities", facilities.all());
  }

  /**
   * The form of a type the actor may record here; another type asked for (or none) gives the first
   * they may record, a cell visit where that is one of them.
   */
  private void prepareForm(Actor me, RecordView view, @Nullable String type, Model model) {
    var allowed = records.recordableTypes(me, view);
    var afterRelease = afterRelease(allowed, view);
    if (type == null || !allowed.contains(type)) {
      if (!afterRelease.isEmpty()) {
        // A released person: what can still happen comes first (issue 16).
        type = afterRelease.getFirst();
      } else {
        type =
            allowed.contains("CellVisited") || allowed.isEmpty()
                ? "CellVisited"
                : allowed.getFirst();
      }
    }
    prepareForm(view, type, model);
  }

  /**
   * Of the types offered, those that can still happen once the person is released (issue 16); none
   * while they are held. The others stay offered to whoever may write late entries of the time
   * before the release.
   */
  private static List<String> afterRelease(List<String> offered, RecordView view) {
    if (!view.state().released()) {
      return List.of();
    }
    return offered.stream().filter(t -> AfterRelease.allows(CustodyEvent.kindOf(t))).toList();
  }

  private void prepareForm(RecordView view, String type, Model model) {
    var kind = EventForms.type(type).filter(k -> k != Corrected.class).orElse(null);
    if (kind == null) {
      type = "CellVisited";
      kind = EventForms.type(type).orElseThrow();
    }
    model.addAttribute("formType", type);
    model.addAttribute("fields", EventForms.fields(kind));
    model.addAttribute("lastSeq", view.state().lastSeq());
  }

  private void prepareCorrection(Actor me, RecordView view, int seq, Model model) {
    var entry =
        view.events().stream()
            .filter(e -> e.stored().seq() == seq)
            .findFirst()
            .orElseThrow(() -> Problem.notFound("custody.rule.correction-unknown-event", seq));
    var original = entry.stored().event();
    var type = original.type();
    model.addAttribute("correcting", seq);
    model.addAttribute("values", EventDetails.formValues(original, json, view.facility().zone()));
    prepareForm(view, type, model);
  }

  private static @Nullable Integer parseSeq(@Nullable String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      throw Problem.badField("correctsSeq", "field.wrongType");
    }
  }

  private Corrected correction(String seq, String reason, CustodyEvent replacement) {
    return new Corrected(
        clock.instant(), parseSeq(seq), reason.isBlank() ? null : reason.strip(), replacement);
  }

  private String facilityName(String id) {
    return facilities.find(id).map(Facility::name).orElse(id);
  }
}
