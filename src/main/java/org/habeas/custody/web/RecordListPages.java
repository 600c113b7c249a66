package org.habeas.custody.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordFilter;
import org.habeas.custody.RecordStatus;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The lists of custody records: all the user may see, the board, a lawyer's clients. */
@Controller
class RecordListPages {

  private static final int PAGE_SIZE = 25;
  private static final int BOARD_MAX = 200;

  private final CustodyRecords records;
  private final Facilities facilities;
  private final BoardRows rows;
  private final PageForms forms;
  private final Clock clock;

  RecordListPages(
      CustodyRecords records, Facilities facilities, BoardRows rows, PageForms forms, Clock clock) {
    this.records = records;
    this.facilities = facilities;
    this.rows = rows;
    this.forms = forms;
    this.clock = clock;
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
    var zone = forms.zoneOf(chosenFacility != null ? chosenFacility : me.facilityId());
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

  private static @Nullable LocalDate day(@Nullable String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw Problem.badField(field, "field.wrongType");
    }
  }
}
