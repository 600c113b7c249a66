package org.habeas.safeguards.alerts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.habeas.safeguards.alerts.AlertFilter;
import org.habeas.safeguards.alerts.AlertInbox;
import org.habeas.safeguards.alerts.AlertStatus;
import org.habeas.safeguards.alerts.Alerts;
import org.habeas.system.Actor;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's alerts: prosecutors see their region's, monitors all. */
@RestController
@RequestMapping(path = "/api/v1/alerts", produces = "application/json")
@Tag(name = "Alerts", description = "Deadlines approaching and breached")
class AlertsApi {

  private final Alerts alerts;
  private final AlertInbox inbox;

  AlertsApi(Alerts alerts, AlertInbox inbox) {
    this.inbox = inbox;
    this.alerts = alerts;
  }

  /** A page of alerts, with the query's total. */
  record Page(List<AlertJson> items, int page, int size, long total) {}

  /** What the caller says on acknowledging or resolving an alert. */
  record Note(@Nullable String note) {}

  /** Alerts to acknowledge at once, with the one note for all. */
  record Bulk(@Nullable List<Long> ids, @Nullable String note) {}

  /** How many alerts a bulk acknowledgement acknowledged. */
  record Acknowledged(int acknowledged) {}

  @GetMapping
  @Operation(
      summary =
          "The caller's alerts, newest first; status open, acknowledged or resolved; optionally"
              + " of one facility, one rule, and due overdue, today (facility time) or later")
  Page list(
      Actor me,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String facility,
      @RequestParam(required = false) @Nullable String rule,
      @RequestParam(required = false) @Nullable String due,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    var paging = Paging.of(page, size);
    var when = AlertFilter.Due.of(due);
    if (due != null && !due.isBlank() && when == null) {
      throw Problem.badField("due", "alerts.badDue");
    }
    var filter = new AlertFilter(status(status), facility, rule, when);
    var locale = LocaleContextHolder.getLocale();
    var items =
        inbox.page(me, filter, paging.offset(), size).stream()
            .map(a -> AlertJson.of(a, locale))
            .toList();
    return new Page(items, page, size, inbox.count(me, filter));
  }

  @PostMapping(path = "/acknowledge", consumes = "application/json")
  @Operation(
      summary =
          "Acknowledge several alerts with one note, all or none: one not addressed to the caller,"
              + " or resolved, refuses them all")
  Acknowledged acknowledgeAll(Actor me, @RequestBody Bulk body) {
    var ids = body.ids() == null ? List.<Long>of() : body.ids();
    return new Acknowledged(alerts.acknowledgeAll(me, ids, body.note()));
  }

  @PostMapping(path = "/{id}/acknowledge", consumes = "application/json")
  @Operation(summary = "Acknowledge an alert with a note saying what is done about it")
  AlertJson acknowledge(Actor me, @PathVariable long id, @RequestBody Note body) {
    return AlertJson.of(alerts.acknowledge(me, id, body.note()), LocaleContextHolder.getLocale());
  }

  @PostMapping(path = "/{id}/resolve")
  @Operation(summary = "Resolve an alert, with an optional note")
  AlertJson resolve(
      Actor me, @PathVariable long id, @RequestBody(required = false) @Nullable Note body) {
    return AlertJson.of(
        alerts.resolve(me, id, body == null ? null : body.note()), LocaleContextHolder.getLocale());
  }

  static @Nullable AlertStatus status(@Nullable String status) {
    if (status == null || status.isBlank() || status.equalsIgnoreCase("all")) {
      return null;
    }
    try {
      return AlertStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Problem.badField("status", "alerts.badStatus");
    }
  }
}
