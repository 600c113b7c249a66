package org.habeas.detentionreports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.habeas.safeguards.ExternalAlerts;
import org.jspecify.annotations.Nullable;

/**
 * The steps of a report's history (the types of its ledger events) and what they add up to.
 *
 * @param state where the report stands
 * @param recordId the custody record that acknowledged the detention, once one did
 * @param openedAt when that record was opened
 * @param alertedAt when the missing record was alerted
 * @param complaintId the complaint of unlawful detention raised
 */
record Steps(
    ReportState state,
    @Nullable String recordId,
    @Nullable Instant openedAt,
    @Nullable Instant alertedAt,
    @Nullable UUID complaintId,
    int lastSeq) {

  static final String PREFIX = ExternalAlerts.REPORT_RULE_PREFIX;
  static final String REPORTED = PREFIX + "Reported";
  static final String RECORD_MATCHED = PREFIX + "RecordMatched";
  static final String ALERTED = PREFIX + "Alerted";
  static final String COMPLAINT_RAISED = PREFIX + "ComplaintRaised";

  /** The alert's rule id (alerts about reports start with {@code detention-report.}). */
  static final String RULE = PREFIX + "unacknowledged";

  static Steps fold(ReportStore.Stored report, List<ReportStore.Step> steps) {
    String recordId = null;
    Instant openedAt = null;
    Instant alertedAt = null;
    UUID complaint = null;
    int last = 0;
    for (var s : steps) {
      last = Math.max(last, s.seq());
      switch (s.type()) {
        case RECORD_MATCHED -> {
          if (recordId == null) {
            recordId = s.recordId();
            openedAt = Instant.parse(String.valueOf(s.payload().get("openedAt")));
          }
        }
        case ALERTED -> alertedAt = alertedAt == null ? s.occurredAt() : alertedAt;
        case COMPLAINT_RAISED ->
            complaint = UUID.fromString(String.valueOf(s.payload().get("complaintId")));
        default -> {}
      }
    }
    ReportState state;
    if (recordId != null) {
      state =
          report.limitAt() != null && openedAt != null && openedAt.isAfter(report.limitAt())
              ? ReportState.OPENED_LATE
              : ReportState.OPENED_IN_TIME;
    } else if (alertedAt != null) {
      state = ReportState.ALERTED;
    } else {
      state = ReportState.AWAITING_RECORD;
    }
    return new Steps(state, recordId, openedAt, alertedAt, complaint, last);
  }

  /** How long after the report the record was opened (negative: before it). */
  static @Nullable Duration afterReport(ReportStore.Stored report, @Nullable Instant openedAt) {
    return openedAt == null ? null : Duration.between(report.reportedAt(), openedAt);
  }

  /** How long after the limit the record was opened; null when in time or without a limit. */
  static @Nullable Duration afterLimit(ReportStore.Stored report, @Nullable Instant openedAt) {
    if (openedAt == null || report.limitAt() == null || !openedAt.isAfter(report.limitAt())) {
      return null;
    }
    return Duration.between(report.limitAt(), openedAt);
  }
}
