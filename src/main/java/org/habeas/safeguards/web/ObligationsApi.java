package org.habeas.safeguards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.habeas.custody.CustodyRecords;
import org.habeas.safeguards.RecordSafeguards;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A record's obligations under the safeguards, for anyone who may see the record. */
@RestController
@RequestMapping(path = "/api/v1/custody-records", produces = "application/json")
@Tag(name = "Safeguards", description = "Obligations of a custody record under its profile")
class ObligationsApi {

  private final CustodyRecords records;
  private final RecordSafeguards safeguards;
  private final MessageSource messages;
  private final Clock clock;

  ObligationsApi(
      CustodyRecords records, RecordSafeguards safeguards, MessageSource messages, Clock clock) {
    this.records = records;
    this.safeguards = safeguards;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/{id}/obligations")
  @Operation(
      summary = "A record's obligations",
      description =
          "Every obligation of the record under the profile version in force at its apprehension:"
              + " rule, status (PENDING, MET, LATE, BREACHED, WAIVED, NOT_APPLICABLE), deadline,"
              + " basis, confidence (L shows as unconfirmed) and the events it rests on. With"
              + " `at`, as the record stood then: only events that occurred by then count. 404"
              + " unless the caller may see the record.")
  List<ObligationView> obligations(
      Actor me,
      @PathVariable String id,
      @Parameter(description = "An instant (ISO-8601, e.g. 2026-03-01T10:00:00Z); default now")
          @RequestParam(required = false)
          @Nullable String at,
      Locale locale) {
    var when = instant(at);
    if (!records.maySee(me, id)) {
      throw Problem.notFound("custody.notFound");
    }
    var profile = safeguards.profileOf(id);
    return safeguards.evaluate(id, when).obligations().stream()
        .map(o -> ObligationView.of(o, profile, messages, locale))
        .toList();
  }

  private Instant instant(@Nullable String at) {
    if (at == null || at.isBlank()) {
      return clock.instant();
    }
    try {
      return Instant.parse(at.strip());
    } catch (DateTimeParseException e) {
      throw Problem.badField("at", "field.wrongType");
    }
  }
}
