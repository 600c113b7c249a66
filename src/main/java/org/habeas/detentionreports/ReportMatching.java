package org.habeas.detentionreports;

import static org.habeas.detentionreports.DetentionReports.KEPT_OPEN;
import static org.habeas.detentionreports.DetentionReports.SINCE_SLACK;
import static org.habeas.detentionreports.DetentionReports.SYSTEM;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.habeas.custody.CustodyRecords;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Matches reports against the custody records opened for their person: at once when a report is
 * made, when a record is opened, and on each sweep.
 */
@Component
class ReportMatching {

  private static final Logger log = LoggerFactory.getLogger(ReportMatching.class);

  private final ReportStore store;
  private final ReportStream stream;
  private final CustodyRecords custody;

  ReportMatching(ReportStore store, ReportStream stream, CustodyRecords custody) {
    this.store = store;
    this.stream = stream;
    this.custody = custody;
  }

  /**
   * Matches the report against the custody records opened for its person; true if a record now
   * acknowledges it (this call or an earlier one linked them).
   */
  boolean match(ReportStore.Stored report, String by) {
    var steps = store.steps(report.id());
    var state = Steps.fold(report, steps);
    if (state.recordId() != null) {
      return true;
    }
    var person = stream.person(report);
    var found =
        custody.matching(person.name(), person.birthDate(), person.nationalId()).stream()
            .filter(m -> !m.apprehendedAt().isBefore(report.sinceAt().minus(SINCE_SLACK)))
            .min(Comparator.comparing(CustodyRecords.PersonMatch::openedAt));
    if (found.isEmpty()) {
      return false;
    }
    var m = found.get();
    var details = new LinkedHashMap<String, @Nullable Object>();
    details.put("recordId", m.recordId());
    details.put("facilityId", m.facilityId());
    details.put("apprehendedAt", m.apprehendedAt().toString());
    details.put("openedAt", m.openedAt().toString());
    details.put("limitAt", report.limitAt() == null ? null : report.limitAt().toString());
    var afterReport = Steps.afterReport(report, m.openedAt());
    var afterLimit = Steps.afterLimit(report, m.openedAt());
    details.put("afterReport", afterReport == null ? null : afterReport.toString());
    details.put("afterLimit", afterLimit == null ? null : afterLimit.toString());
    stream.append(
        report, state.lastSeq() + 1, Steps.RECORD_MATCHED, stream.now(), by, details, m.recordId());
    log.info(
        "Detention reports: report {} matched by record {}",
        DetentionReports.pseudonym(report.id()),
        CustodyRecords.pseudonym(m.recordId()));
    return true;
  }

  /** Matches every report still without a record against a record just opened. */
  void matchOpened() {
    for (var report : store.unmatched(stream.now().minus(KEPT_OPEN), 500)) {
      match(report, SYSTEM);
    }
  }

  /** Whether some report still waits for its record (before matching on every opening). */
  boolean anyWaiting() {
    return store.anyUnmatched(stream.now().minus(KEPT_OPEN));
  }

  /** The reports the sweep looks at, oldest first. */
  List<UUID> waiting(Instant now, int limit) {
    return store.unmatched(now.minus(KEPT_OPEN), limit).stream()
        .map(ReportStore.Stored::id)
        .toList();
  }
}
