package org.habeas.system.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.habeas.system.Actor;
import org.habeas.system.AdminActions;
import org.habeas.system.AuditTrail;
import org.habeas.system.Facilities;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.habeas.system.SignIns;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit: reads of personal data, sign-ins and administrators' actions in one list, filtered by
 * who, kind, record and dates, paged, with times in a named zone; and the same list as CSV (RFC
 * 4180, by Commons CSV), whose export is itself audited.
 */
@Controller
class AuditPages {

  private static final int PAGE = 50;

  /** The most rows one export holds; a narrower filter gets the rest. */
  static final int EXPORT_MAX = 100_000;

  private final AuditTrail trail;
  private final AdminActions actions;
  private final SignIns signIns;
  private final Facilities facilities;
  private final MessageSource messages;
  private final Clock clock;

  AuditPages(
      AuditTrail trail,
      AdminActions actions,
      SignIns signIns,
      Facilities facilities,
      MessageSource messages,
      Clock clock) {
    this.trail = trail;
    this.actions = actions;
    this.signIns = signIns;
    this.facilities = facilities;
    this.messages = messages;
    this.clock = clock;
  }

  /** The filter as the page's form sends it. */
  record Query(
      @Nullable String who,
      @Nullable String kind,
      @Nullable String record,
      @Nullable String from,
      @Nullable String to,
      String zone) {}

  @GetMapping("/audit")
  String audit(
      Actor me,
      @RequestParam(required = false) @Nullable String who,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String record,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String zone,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      Model model) {
    allowed(me);
    var p = Paging.of(page, PAGE);
    var zoneId = zone(zone);
    var query =
        new Query(blank(who), blank(kind), blank(record), blank(from), blank(to), zoneId.getId());
    var filter = filter(me, query, zoneId);
    model.addAttribute(
        "entries",
        trail.page(me, filter, p.offset(), PAGE).stream()
            .map(e -> new Row(e, readable(e, locale)))
            .toList());
    model.addAttribute("total", trail.count(me, filter));
    model.addAttribute("page", p.page());
    model.addAttribute("pageSize", PAGE);
    model.addAttribute("query", query);
    model.addAttribute("zone", zoneId);
    model.addAttribute("zones", zones());
    model.addAttribute("kinds", kinds(me));
    if (me.is(Role.ADMIN)) {
      model.addAttribute(
          "signInAlerts", signIns.alertsSince(clock.instant().minus(Duration.ofDays(1))));
    }
    return "system/audit";
  }

  @GetMapping("/audit/export")
  void export(
      Actor me,
      @RequestParam(required = false) @Nullable String who,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String record,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String zone,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    allowed(me);
    var zoneId = zone(zone);
    var query =
        new Query(blank(who), blank(kind), blank(record), blank(from), blank(to), zoneId.getId());
    var filter = filter(me, query, zoneId);
    actions.record(me, AdminActions.Kind.AUDIT_EXPORTED, "audit.csv", describe(query));
    var at = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"habeas-audit-" + LocalDate.now(clock.withZone(zoneId)) + ".csv\"");
    var format =
        CSVFormat.RFC4180
            .builder()
            .setHeader("at", "zone", "who", "source", "kind", "kind_text", "subject", "detail")
            .get();
    try (var out =
        new CSVPrinter(
            new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), format)) {
      int chunk = Paging.MAX_SIZE;
      for (int offset = 0; offset < EXPORT_MAX; offset += chunk) {
        var rows = trail.page(me, filter, offset, Math.min(chunk, EXPORT_MAX - offset));
        for (var e : rows) {
          out.printRecord(
              at.format(e.at().atZone(zoneId)),
              zoneId.getId(),
              cell(e.who()),
              e.source().name(),
              e.kind(),
              messages.getMessage("audit.kind." + e.kind(), null, e.kind(), locale),
              cell(e.subject()),
              cell(e.detail()));
        }
        if (rows.size() < chunk) {
          break;
        }
      }
    }
  }

  /** An entry as the page shows it: its detail in words. */
  record Row(AuditTrail.Entry entry, @Nullable String detail) {}

  /**
   * An administrator's action's detail in the reader's language: each field named in words, and
   * codes among the values (roles, kinds, languages) as words; other details as stored.
   */
  @Nullable String readable(AuditTrail.Entry e, Locale locale) {
    var detail = e.detail();
    if (detail == null || e.source() != AuditTrail.Source.ADMIN) {
      return detail;
    }
    if (e.kind().equals("PASSWORD_RESET")) {
      return text("admin.audit.password." + detail, detail, locale);
    }
    if (e.kind().equals("RECORD_ERASED")) {
      return detail;
    }
    var parts = new ArrayList<String>();
    for (var part : detail.split("; ")) {
      int eq = part.indexOf('=');
      int colon = part.indexOf(": ");
      if (eq > 0 && (colon < 0 || eq < colon)) {
        var key = part.substring(0, eq);
        parts.add(field(key, locale) + ": " + value(key, part.substring(eq + 1), locale));
      } else if (colon > 0 && part.contains(" → ")) {
        var key = part.substring(0, colon);
        var change = part.substring(colon + 2).split(" → ", 2);
        parts.add(
            field(key, locale)
                + ": "
                + value(key, change[0], locale)
                + " → "
                + value(key, change.length > 1 ? change[1] : "", locale));
      } else {
        parts.add(part);
      }
    }
    return String.join("; ", parts);
  }

  private String field(String key, Locale locale) {
    var code =
        switch (key) {
          case "facility" -> "admin.field.facilityId";
          case "region" -> "admin.field.regionCode";
          case "name.en" -> "admin.field.nameEn";
          case "name.ru" -> "admin.field.nameRu";
          case "name.kk" -> "admin.field.nameKk";
          case "who" -> "audit.who";
          case "record" -> "audit.record";
          case "from" -> "admin.audit.from";
          case "to" -> "admin.audit.to";
          default -> "admin.field." + key;
        };
    return text(code, key, locale);
  }

  private String value(String key, String value, Locale locale) {
    if (value.isEmpty() || value.equals("—")) {
      return "—";
    }
    return switch (key) {
      case "role" -> text("role." + value, value, locale);
      case "language" -> text("admin.language." + value, value, locale);
      case "supervisor" -> text("admin.audit.yes." + value, value, locale);
      case "jurisdiction" -> text("admin.jurisdiction." + value, value, locale);
      case "roomKind" -> text("admin.cameras.room." + value, value, locale);
      case "status" -> text("admin.cameras.status." + value, value, locale);
      case "agency" -> text("monitoring.agency." + value, value, locale);
      case "kind" ->
          text("admin.kind." + value, text("audit.kind." + value, value, locale), locale);
      default -> value;
    };
  }

  private String text(String code, String otherwise, Locale locale) {
    return messages.getMessage(code, null, otherwise, locale);
  }

  /**
   * A cell a spreadsheet will not run: text a user typed (a sign-in name) that starts like a
   * formula gets a leading apostrophe (OWASP's advice against CSV injection).
   */
  static String cell(@Nullable String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  private static String describe(Query q) {
    var parts = new ArrayList<String>();
    if (q.who() != null) parts.add("who=" + q.who());
    if (q.kind() != null) parts.add("kind=" + q.kind());
    if (q.record() != null) parts.add("record=" + q.record());
    if (q.from() != null) parts.add("from=" + q.from());
    if (q.to() != null) parts.add("to=" + q.to());
    parts.add("zone=" + q.zone());
    return String.join("; ", parts);
  }

  private AuditTrail.Filter filter(Actor me, Query q, ZoneId zone) {
    var kinds = kinds(me);
    if (q.kind() != null && !kinds.contains(q.kind())) {
      throw Problem.badField("kind", "field.oneOf", String.join(", ", kinds));
    }
    Instant fromAt =
        q.from() == null ? null : date("from", q.from()).atStartOfDay(zone).toInstant();
    Instant toAt =
        q.to() == null ? null : date("to", q.to()).plusDays(1).atStartOfDay(zone).toInstant();
    return new AuditTrail.Filter(q.who(), q.kind(), q.record(), fromAt, toAt);
  }

  /** The kinds offered: the sources first, then each kind, as the actor may see them. */
  private static List<String> kinds(Actor me) {
    var visible = AuditTrail.visibleTo(me);
    var kinds = new ArrayList<String>();
    for (var s : AuditTrail.Source.values()) {
      if (visible.contains(s)) {
        kinds.add(s.name());
      }
    }
    for (var k : AuditTrail.kinds()) {
      var source =
          k.startsWith("READ_")
              ? AuditTrail.Source.READ
              : k.startsWith("SIGN_IN_") ? AuditTrail.Source.SIGN_IN : AuditTrail.Source.ADMIN;
      if (visible.contains(source)) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw Problem.badField(field, "field.wrongType");
    }
  }

  /** The zone asked for, else the one most facilities are in, else UTC. */
  private ZoneId zone(@Nullable String zone) {
    if (zone != null && !zone.isBlank()) {
      try {
        return ZoneId.of(zone.strip());
      } catch (DateTimeException e) {
        throw Problem.badField("zone", "admin.facilities.badZone", zone.strip());
      }
    }
    return facilities.all().stream()
        .collect(Collectors.groupingBy(f -> f.zone(), Collectors.counting()))
        .entrySet()
        .stream()
        .max(
            Map.Entry.<ZoneId, Long>comparingByValue()
                .thenComparing(e -> e.getKey().getId(), Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(ZoneId.of("UTC"));
  }

  private List<String> zones() {
    var zones = new TreeSet<String>();
    facilities.all().forEach(f -> zones.add(f.zone().getId()));
    zones.add("UTC");
    return List.copyOf(zones);
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static void allowed(Actor me) {
    if (!me.is(Role.ADMIN) && !me.is(Role.MONITOR)) {
      throw new AccessDeniedException("audit");
    }
  }
}
