package org.habeas.system.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.habeas.system.Actor;
import org.habeas.system.AdminActions;
import org.habeas.system.AuditTrail;
import org.habeas.system.Paging;
import org.habeas.system.web.AuditQueries.Params;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The audit's list as CSV (RFC 4180, by Commons CSV), with the page's filter; the export is itself
 * audited.
 */
@Controller
class AuditExport {

  /** The most rows one export holds; a narrower filter gets the rest. */
  static final int EXPORT_MAX = 100_000;

  private final AuditTrail trail;
  private final AdminActions actions;
  private final AuditQueries queries;
  private final AuditDetails details;
  private final Clock clock;

  AuditExport(
      AuditTrail trail,
      AdminActions actions,
      AuditQueries queries,
      AuditDetails details,
      Clock clock) {
    this.trail = trail;
    this.actions = actions;
    this.queries = queries;
    this.details = details;
    this.clock = clock;
  }

  @GetMapping("/audit/export")
  void export(
      Actor me,
      @ModelAttribute("params") Params params,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    var query = queries.query(me, params);
    var zoneId = query.zoneId();
    var filter = queries.filter(me, query);
    actions.record(me, AdminActions.Kind.AUDIT_EXPORTED, "audit.csv", AuditQueries.describe(query));
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
              details.kind(e.kind(), locale),
              cell(e.subject()),
              cell(e.detail()));
        }
        if (rows.size() < chunk) {
          break;
        }
      }
    }
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
}
