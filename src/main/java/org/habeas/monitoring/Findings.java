package org.habeas.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.habeas.custody.CustodyRecords;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a visit found, with its evidence, and the records and cameras it concerns. */
@Service
public class Findings {

  /** What a new finding says and links to. */
  public record FindingForm(
      @Nullable String text,
      @Nullable String severity,
      @Nullable String recordId,
      @Nullable String cameraId) {}

  private final Visits visits;
  private final FindingStore store;
  private final VisitStore visitStore;
  private final Evidence evidence;
  private final MonitoringLog log;
  private final CustodyRecords records;
  private final Clock clock;

  Findings(
      Visits visits,
      FindingStore store,
      VisitStore visitStore,
      Evidence evidence,
      MonitoringLog log,
      CustodyRecords records,
      Clock clock) {
    this.visits = visits;
    this.store = store;
    this.visitStore = visitStore;
    this.evidence = evidence;
    this.log = log;
    this.records = records;
    this.clock = clock;
  }

  /** Records a finding with its evidence: all of it is stored, or none. Returns its id. */
  @Transactional
  public String add(Actor actor, String visitId, FindingForm form, List<Upload> files) {
    var visit = visits.get(actor, visitId);
    var problems = new ArrayList<FieldProblem>();
    var text = Visits.blankToNull(form.text());
    if (text == null) {
      problems.add(new FieldProblem("text", "field.NotBlank"));
    } else if (text.length() > 4000) {
      problems.add(new FieldProblem("text", "field.Size", 1, 4000));
    }
    if (form.severity() == null || !Vocabulary.SEVERITIES.contains(form.severity())) {
      problems.add(new FieldProblem("severity", "monitoring.badSeverity"));
    }
    var recordId = Visits.blankToNull(form.recordId());
    if (recordId != null && !visitStore.sampledIds(visitId).contains(recordId)) {
      if (!Visits.isUuid(recordId) || !records.maySee(actor, recordId)) {
        problems.add(new FieldProblem("recordId", "monitoring.unknownRecord"));
      }
    }
    var cameraId = Visits.blankToNull(form.cameraId());
    if (cameraId != null && !store.cameraAt(cameraId, visit.facilityId())) {
      problems.add(new FieldProblem("cameraId", "monitoring.unknownCamera"));
    }
    var checked = evidence.check(files, true, problems);
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    var id = UUID.randomUUID().toString();
    var now = clock.instant();
    store.insert(
        new FindingStore.Row(
            id,
            visitId,
            visit.facilityId(),
            // a missing text or severity added a problem above
            Objects.requireNonNull(text, "text"),
            Objects.requireNonNull(form.severity(), "severity"),
            recordId,
            cameraId,
            null,
            now,
            actor.username()));
    var hashes = evidence.store(actor, id, null, checked, now);
    var payload = new LinkedHashMap<String, Object>();
    payload.put("findingId", id);
    payload.put("evidence", EvidenceFiles.described(checked));
    payload.put("severity", form.severity());
    payload.put("text", text);
    if (recordId != null) {
      payload.put("recordId", recordId);
    }
    if (cameraId != null) {
      payload.put("cameraId", cameraId);
    }
    payload.put("evidenceSha256", hashes);
    log.append(visitId, "FindingRecorded", now, visit.facilityId(), actor, payload);
    return id;
  }

  public List<Finding> ofVisit(String visitId) {
    return store.ofVisit(visitId);
  }

  public Optional<Finding> find(String id) {
    return store.find(id);
  }

  /** Findings linked to one custody record (for the record page). */
  public List<Finding> ofRecord(String recordId) {
    return store.ofRecord(recordId);
  }
}
