package org.habeas.detentionreports;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.habeas.detentionreports.DetentionReports.Person;
import org.habeas.ledger.LedgerEvent;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.RecordPayloads;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report's stream of steps, each committed to the tamper-evident log as it is stored, and the
 * person it names, kept sealed under the report's key.
 */
@Component
class ReportStream {

  private final ReportStore store;
  private final RecordPayloads payloads;
  private final MerkleLog ledger;
  private final JsonMapper json;
  private final Clock clock;

  ReportStream(
      ReportStore store, RecordPayloads payloads, MerkleLog ledger, JsonMapper json, Clock clock) {
    this.store = store;
    this.payloads = payloads;
    this.ledger = ledger;
    this.json = json;
    this.clock = clock;
  }

  /** The person and the reporter, opened from the report's sealed row. */
  Person person(ReportStore.Stored r) {
    var text = payloads.reader(r.id().toString()).open(0, r.sealed());
    return json.readValue(text, Person.class);
  }

  /** Stores the step (its details without the empty ones) and commits it to the log. */
  void append(
      ReportStore.Stored report,
      int seq,
      String type,
      Instant occurredAt,
      String by,
      Map<String, @Nullable Object> details,
      @Nullable String recordId) {
    var payload = new LinkedHashMap<String, Object>();
    details.forEach(
        (k, v) -> {
          if (v != null) {
            payload.put(k, v);
          }
        });
    store.append(report.id(), new ReportStore.Step(seq, type, occurredAt, by, payload, recordId));
    ledger.commit(
        new LedgerEvent(
            report.id().toString(),
            seq,
            type,
            occurredAt,
            report.facilityId() == null ? "detention-reports" : report.facilityId(),
            by,
            payload));
  }

  /** The time a step is recorded at, in the milliseconds the store keeps. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
