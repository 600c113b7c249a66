package org.habeas.detentionreports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import org.habeas.complaints.IntakeLimits;
import org.habeas.detentionreports.DetentionReport;
import org.habeas.detentionreports.DetentionReports;
import org.habeas.system.JsonProblems;
import org.habeas.system.Problem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reporting a detention through the JSON API, without sign-in, and following the report. */
@RestController
@RequestMapping("/api/v1/detention-reports")
@Tag(
    name = "Detention reports",
    description =
        "Report that a person is held (no sign-in): if no custody record for them is opened within"
            + " the profile's registration limit, the prosecutor and the monitors are alerted")
class ReportsApi {

  private final DetentionReports reports;
  private final JsonMapper json;

  ReportsApi(DetentionReports reports, JsonMapper json) {
    this.reports = reports;
    this.json = json;
  }

  /** What the reporter receives, once: the code is the only way to follow the report. */
  record MadeJson(String code, String state) {}

  /** The code, posted (never in an address). */
  record CodeJson(String code) {}

  @PostMapping(consumes = "application/json")
  @Operation(
      summary = "Report a detention (no sign-in)",
      description =
          "personName, birthDate (yyyy-mm-dd) and either facilityId (GET /api/v1/facilities) or"
              + " place and regionCode; since (local date-time where the person is held,"
              + " yyyy-mm-ddThh:mm); account (what you know); reporterRelation (RELATIVE, LAWYER,"
              + " MONITOR, WITNESS, OTHER); nationalId (12 digits), reporterName and"
              + " reporterContact are optional. Every problem is named at once (400). Returns the"
              + " code to follow the report, shown only once. Rate-limited with the public"
              + " complaints per address and per network block (429 with Retry-After).")
  ResponseEntity<MadeJson> report(
      @RequestBody byte[] body, HttpServletRequest request, HttpServletResponse response) {
    DetentionReport report;
    try {
      report = json.readValue(body, DetentionReport.class);
    } catch (JacksonException e) {
      throw JsonProblems.from(e);
    }
    var made =
        retryAfter(response, () -> reports.report(report, List.of(), request.getRemoteAddr()));
    return ResponseEntity.status(201).body(new MadeJson(made.code(), made.state().name()));
  }

  @PostMapping(path = "/status", consumes = "application/json")
  @Operation(
      summary = "The status of a report, by its code (no sign-in)",
      description =
          "Body {\"code\": \"DR-…\"}; an unknown code answers 404. Only the state and its dates"
              + " are shown, nothing personal.")
  DetentionReports.PublicStatus status(
      @RequestBody byte[] body, HttpServletRequest request, HttpServletResponse response) {
    CodeJson code;
    try {
      code = json.readValue(body, CodeJson.class);
    } catch (JacksonException e) {
      throw JsonProblems.from(e);
    }
    var given = code.code() == null ? "" : code.code();
    return retryAfter(response, () -> reports.status(given, request.getRemoteAddr()))
        .orElseThrow(() -> Problem.notFound("detentionReport.notFound"));
  }

  private static <T> T retryAfter(HttpServletResponse response, Supplier<T> call) {
    try {
      return call.get();
    } catch (IntakeLimits.TooMany e) {
      response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
      throw e;
    }
  }
}
