package org.habeas.custody.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.custody.Apprehended;
import org.habeas.custody.Corrected;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordFilter;
import org.habeas.custody.RecordStatus;
import org.habeas.custody.RecordView;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.JsonProblems;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.web.ProblemStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The pages of the custody record: the board, a record, opening a record, printing. */
@Controller
class CustodyPages {

  private static final int PAGE_SIZE = 25;
  private static final int BOARD_MAX = 200;
  private static final String REASONS = CustodyPages.class.getName() + ".reasons";

  private final CustodyRecords records;
  private final Facilities facilities;
  private final JsonMapper json;
  private final MessageSource messages;
  private final BoardRows rows;
  private final org.springframework.beans.factory.ObjectProvider<org.habeas.custody.RecordPanels>
      panels;
  private final org.springframework.transaction.support.TransactionTemplate tx;

  private final java.time.Clock clock;

  CustodyPages(
      CustodyRecords records,
      Facilities facilities,
      JsonMapper json,
      MessageSource messages,
      BoardRows rows,
      org.springframework.beans.factory.ObjectProvider<org.habeas.custody.RecordPanels> panels,
      org.springframework.transaction.support.TransactionTemplate tx,
      java.time.Clock clock) {
    this.clock = clock;
    this.panels = panels;
    this.tx = tx;
    this.records = records;
    this.facilities = facilities;
    this.json = json;
    this.messages = messages;
    this.rows = rows;
  }

  /**
   * Records: every record the user may see, whichever facility the person is in now, with search,
   * filters and paging.
   */
  @GetMapping("/custody")
  String records(
      Actor me,
      @RequestParam(required = false) @Nullable String facility,
      @RequestParam(defaultValue = "open") String status,
      @RequestParam(required = false) @Nullable Boolean juvenile,
      @RequestParam(defaultValue = "apprehended") String sort,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    var chosenFacility = facility == null || facility.isBlank() ? null : facility;
    var st =
        switch (status) {
          case "closed" -> RecordStatus.CLOSED;
          case "all" -> null;
          default -> RecordStatus.OPEN;
        };
    var zone = zoneOf(chosenFacility != null ? chosenFacility : me.facilityId());
    var search = q == null || q.isBlank() ? null : q.strip();
    var fromDay = day(from, "from");
    var toDay = day(to, "to");
    var filter =
        new RecordFilter(
            chosenFacility,
            st,
            juvenile,
            sort,
            search,
            fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
            toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant());
    var p = Paging.of(page, PAGE_SIZE).page();
    var list = records.list(me, filter, p, PAGE_SIZE);
    model.addAttribute("rows", rows.of(me, list));
    model.addAttribute("total", records.count(me, filter));
    model.addAttribute("page", p);
    model.addAttribute("pageSize", PAGE_SIZE);
    model.addAttribute("facility", chosenFacility);
    model.addAttribute("status", status);
    model.addAttribute("juvenile", juvenile);
    model.addAttribute("sort", sort);
    model.addAttribute("q", search);
    model.addAttribute("from", fromDay == null ? null : fromDay.toString());
    model.addAttribute("to", toDay == null ? null : toDay.toString());
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("canOpen", me.facilityId() != null && rows.mayOpen(me));
    return htmx != null ? "custody/records :: results" : "custody/records";
  }

  /**
   * The custody board an officer works from: one line per person held now at the officer's facility
   * (the other roles: the records they may see), sorted by what falls due first, searchable.
   */
  @GetMapping("/custody/board")
  String board(
      Actor me,
      @RequestParam(required = false) @Nullable String q,
      @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
      Model model) {
    var atFacility = me.facilityId() != null && (rows.mayOpen(me) || me.is(Role.DOCTOR));
    var search = q == null || q.isBlank() ? null : q.strip();
    var filter =
        new RecordFilter(
            atFacility ? me.facilityId() : null,
            RecordStatus.OPEN,
            null,
            "limit",
            search,
            null,
            null);
    var lines = records.board(me, filter, BOARD_MAX, LocaleContextHolder.getLocale());
    model.addAttribute("lines", lines);
    model.addAttribute("total", records.count(me, filter));
    model.addAttribute("max", BOARD_MAX);
    model.addAttribute("q", search);
    model.addAttribute("zones", zones());
    model.addAttribute("facilityNames", facilityNames());
    model.addAttribute(
        "facility", atFacility ? facilities.find(me.facilityId()).orElse(null) : null);
    model.addAttribute("canOpen", me.facilityId() != null && rows.mayOpen(me));
    model.addAttribute("now", clock.instant());
    return htmx != null ? "custody/board :: lines" : "custody/board";
  }

  /**
   * A defence lawyer's clients: the records CustodyAccess lets the lawyer see, each with its
   * detention clock (time held, time left to the legal limit, next deadline).
   */
  @GetMapping("/custody/clients")
  String clients(Actor me, Model model) {
    if (!me.is(Role.LAWYER)) {
      throw Problem.forbidden("problem.forbidden");
    }
    var locale = LocaleContextHolder.getLocale();
    var held =
        records.board(
            me, new RecordFilter(null, RecordStatus.OPEN, null, "limit"), BOARD_MAX, locale);
    var past =
        records.board(
            me, new RecordFilter(null, RecordStatus.CLOSED, null, "apprehended"), 20, locale);
    model.addAttribute("held", held);
    model.addAttribute("past", past);
    model.addAttribute("zones", zones());
    model.addAttribute("facilityNames", facilityNames());
    model.addAttribute("now", clock.instant());
    return "custody/clients";
  }

  private String facilityName(String id) {
    return facilities.find(id).map(org.habeas.system.Facility::name).orElse(id);
  }

  private Map<String, ZoneId> zones() {
    var out = new HashMap<String, ZoneId>();
    facilities.all().forEach(f -> out.put(f.id(), f.zone()));
    return out;
  }

  private Map<String, String> facilityNames() {
    var out = new HashMap<String, String>();
    facilities.all().forEach(f -> out.put(f.id(), f.name()));
    return out;
  }

  private static java.time.@Nullable LocalDate day(@Nullable String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw Problem.badField(field, "field.wrongType");
    }
  }

  @GetMapping("/custody/new")
  String newRecord(Actor me, Model model) {
    var zone = zoneOf(me.facilityId());
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
    var zone = zoneOf(form.getOrDefault("facilityId", me.facilityId()));
    var fields = EventForms.fields(Apprehended.class);
    try {
      var node = EventForms.bind("Apprehended", fields, form, "", zone);
      var event = (Apprehended) read(node);
      var id = records.open(me, event);
      return "redirect:/custody/" + id;
    } catch (Problem p) {
      response.setStatus(ProblemStatus.of(p));
      model.addAttribute("fields", fields);
      model.addAttribute("values", form);
      model.addAttribute("errors", errors(p, "", zone));
      model.addAttribute("problem", title(me, p, zone));
      model.addAttribute("facilities", facilities.all());
      model.addAttribute("zone", zone);
      model.addAttribute("profileLocked", !me.supervisor());
      model.addAttribute("here", "/custody/new");
      return "custody/new";
    }
  }

  @GetMapping("/custody/{id}")
  String record(
      Actor me,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String form,
      @RequestParam(required = false) @Nullable Integer correct,
      HttpSession session,
      Model model) {
    var reason = reasonFor(session, id);
    // One transaction for the record and its panels, so that its events are read once for all.
    return java.util.Objects.requireNonNull(
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
    var view = records.view(me, id, reasonFor(session, id));
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
    var view = records.view(me, id, reasonFor(session, id));
    var zone = view.facility().zone();
    var type = form.getOrDefault("type", "");
    var correcting = form.get("correctsSeq");
    try {
      var kind =
          EventForms.type(type)
              .orElseThrow(() -> Problem.badField("type", "field.unknownType", type));
      var node = EventForms.bind(type, EventForms.fields(kind), form, "", zone);
      CustodyEvent event = read(node);
      if (correcting != null) {
        event = correction(correcting, form.getOrDefault("reason", ""), event);
      }
      var expected = parseSeq(form.get("lastSeq"));
      records.append(me, id, event, expected);
      return "redirect:/custody/" + id;
    } catch (Problem p) {
      response.setStatus(ProblemStatus.of(p));
      model.addAttribute("values", form);
      model.addAttribute("errors", errors(p, correcting != null ? "replacement." : "", zone));
      model.addAttribute("problem", title(me, p, zone));
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
    reasons(session).put(id, reason.strip());
    return "redirect:/custody/" + id;
  }

  @GetMapping("/custody/{id}/print")
  String print(Actor me, @PathVariable String id, HttpSession session, Model model) {
    var view = records.view(me, id, reasonFor(session, id));
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
            .collect(java.util.stream.Collectors.toSet()));
    model.addAttribute("facilities", facilities.all());
    model.addAttribute("cell", org.habeas.custody.Board.cell(view.state()));
    var locale = LocaleContextHolder.getLocale();
    var person = view.person();
    model.addAttribute(
        "personLanguage", person == null ? null : languageName(person.language(), locale));
    model.addAttribute(
        "personCitizenship", person == null ? null : countryName(person.citizenship(), locale));
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
    return offered.stream()
        .filter(t -> org.habeas.custody.AfterRelease.allows(CustodyEvent.kindOf(t)))
        .toList();
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

  private CustodyEvent read(tools.jackson.databind.node.ObjectNode node) {
    try {
      return json.treeToValue(node, CustodyEvent.class);
    } catch (JacksonException e) {
      throw JsonProblems.from(e);
    }
  }

  private Map<String, String> errors(Problem p, String stripPrefix, ZoneId zone) {
    var locale = LocaleContextHolder.getLocale();
    var out = new LinkedHashMap<String, String>();
    for (var f : p.fields()) {
      var field =
          f.field().startsWith(stripPrefix) ? f.field().substring(stripPrefix.length()) : f.field();
      out.merge(
          field,
          messages.getMessage(f.code(), shown(f.args(), zone), f.code(), locale),
          (a, b) -> a + " " + b);
    }
    return out;
  }

  /**
   * The problem's title for a page: a refused event names the role and the event in words ("A
   * lawyer cannot record “Cell visited” on this record").
   */
  private String title(Actor me, Problem p, ZoneId zone) {
    var locale = LocaleContextHolder.getLocale();
    if ("custody.forbiddenEvent".equals(p.code())) {
      var key = "custody.refused." + me.role().name();
      return messages.getMessage(
          key, p.args(), messages.getMessage(p.code(), p.args(), locale), locale);
    }
    return messages.getMessage(p.code(), shown(p.args(), zone), p.code(), locale);
  }

  /**
   * Message arguments as a page shows them: instants in the facility's zone to the minute, the zone
   * named; event type names in words.
   */
  private Object[] shown(Object[] args, ZoneId zone) {
    var out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof java.time.Instant t) {
        out[i] = LocalTimes.named(t, zone);
      } else if (out[i] instanceof String s && CustodyEvent.TYPES.contains(s)) {
        out[i] =
            new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {"custody.event." + s}, s);
      } else if (out[i] instanceof String s && facilities.find(s).isPresent()) {
        out[i] = facilities.find(s).orElseThrow().name();
      }
    }
    return out;
  }

  private ZoneId zoneOf(@Nullable String facilityId) {
    return facilityId == null
        ? ZoneId.of("UTC")
        : facilities.find(facilityId).map(f -> f.zone()).orElse(ZoneId.of("UTC"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> reasons(HttpSession session) {
    var map = (Map<String, String>) session.getAttribute(REASONS);
    if (map == null) {
      map = new HashMap<>();
      session.setAttribute(REASONS, map);
    }
    return map;
  }

  private static @Nullable String reasonFor(HttpSession session, String id) {
    return reasons(session).get(id);
  }

  /** A language code in words, in the reader's language ("ru" → "Russian"); else the code. */
  static @Nullable String languageName(@Nullable String code, Locale locale) {
    if (code == null || code.isBlank()) {
      return null;
    }
    var name = Locale.forLanguageTag(code.strip()).getDisplayLanguage(locale);
    return name.isBlank() || name.equalsIgnoreCase(code.strip()) ? code : name;
  }

  /** A country code in words, in the reader's language ("KZ" → "Kazakhstan"); else the code. */
  static @Nullable String countryName(@Nullable String code, Locale locale) {
    if (code == null || code.isBlank()) {
      return null;
    }
    var name = Locale.of("", code.strip()).getDisplayCountry(locale);
    return name.isBlank() || name.equalsIgnoreCase(code.strip()) ? code : name;
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  static List<String> statuses() {
    return List.of("open", "closed", "all");
  }
}
