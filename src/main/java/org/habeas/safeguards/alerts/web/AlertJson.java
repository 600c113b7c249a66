package org.habeas.safeguards.alerts.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.habeas.safeguards.alerts.Alert;
import org.jspecify.annotations.Nullable;

/**
 * An alert as the API gives it: the rule's title in the caller's language and the due time also in
 * the facility's own zone. No personal data: the record is named by its pseudonym.
 */
record AlertJson(
    long id,
    String kind,
    String status,
    String recordId,
    String pseudonym,
    String ruleId,
    String title,
    String basis,
    @Nullable String startedAt,
    @Nullable String dueAt,
    @Nullable String dueLocal,
    String zone,
    String facilityId,
    @Nullable String regionCode,
    String raisedAt,
    String link) {

  static AlertJson of(Alert a, Locale locale) {
    var due = a.dueAt();
    return new AlertJson(
        a.id(),
        a.kind().name(),
        a.status().name(),
        a.recordId(),
        a.pseudonym(),
        a.ruleId(),
        a.title(locale),
        a.basis(),
        a.startedAt() == null ? null : a.startedAt().toString(),
        due == null ? null : due.toString(),
        due == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(due.atZone(a.zone())),
        a.zone().getId(),
        a.facilityId(),
        a.regionCode(),
        a.raisedAt().toString(),
        a.path());
  }
}
