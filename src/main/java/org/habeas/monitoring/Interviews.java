package org.habeas.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.habeas.custody.CustodyRecords;
import org.habeas.system.Actor;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private interviews during a visit: the notes are for the visit's team alone, and an allegation
 * heard in one is handed over to the complaints module as a complaint.
 */
@Service
public class Interviews {

  /** A private interview; notes only for the team. */
  public record Interview(
      String id, String notes, Instant at, String by, List<String> complaintIds) {}

  private static final String HANDED_OVER =
      "Allegation heard in a private interview, handed over as a complaint.";

  private final Visits visits;
  private final VisitStore store;
  private final FindingStore findings;
  private final MonitoringLog log;
  private final CustodyRecords records;
  private final PersonalDataReads reads;
  private final AllegationHandOver complaints;
  private final Clock clock;

  Interviews(
      Visits visits,
      VisitStore store,
      FindingStore findings,
      MonitoringLog log,
      CustodyRecords records,
      PersonalDataReads reads,
      AllegationHandOver complaints,
      Clock clock) {
    this.visits = visits;
    this.store = store;
    this.findings = findings;
    this.log = log;
    this.records = records;
    this.reads = reads;
    this.complaints = complaints;
    this.clock = clock;
  }

  /** Records a private interview's notes; only the team may. Returns its id. */
  @Transactional
  public String hold(Actor actor, String visitId, @Nullable String notes) {
    var visit = visits.teamVisit(actor, visitId);
    var n = Visits.blankToNull(notes);
    if (n == null) {
      throw Problem.badField("notes", "field.NotBlank");
    }
    if (n.length() > 8000) {
      throw Problem.badField("notes", "field.Size", 1, 8000);
    }
    var id = UUID.randomUUID().toString();
    var now = clock.instant();
    store.insertInterview(id, visitId, n, now, actor.username());
    // The notes are confidential: the log holds that an interview took place, and their keyed
    // digest, which lets the verifier check the stored notes without revealing them.
    log.append(
        visitId,
        "InterviewHeld",
        now,
        visit.facilityId(),
        actor,
        Map.of("interviewId", id, "notesDigest", log.digest(visitId, n)));
    return id;
  }

  /** The interviews of a visit, for its team only; each reading is logged. */
  @Transactional
  public List<Interview> of(Actor actor, String visitId) {
    visits.teamVisit(actor, visitId);
    var list = store.interviews(visitId);
    for (var i : list) {
      reads.log(actor, i.id(), PersonalDataReads.Purpose.DUTY, null);
    }
    return list;
  }

  /**
   * Turns an allegation heard in an interview into a complaint (module complaints, one action) and
   * links it to the interview; returns the complaint id.
   */
  @Transactional
  public String raiseComplaint(
      Actor actor,
      String visitId,
      String interviewId,
      @Nullable String allegation,
      @Nullable String recordId) {
    var visit = visits.teamVisit(actor, visitId);
    var text = Visits.blankToNull(allegation);
    if (text == null) {
      throw Problem.badField("allegation", "field.NotBlank");
    }
    if (text.length() > 4000) {
      throw Problem.badField("allegation", "field.Size", 1, 4000);
    }
    if (!store.interviewOf(interviewId, visitId)) {
      throw Problem.notFound("monitoring.interviewNotFound");
    }
    var record = Visits.blankToNull(recordId);
    if (record != null && (!Visits.isUuid(record) || !records.maySee(actor, record))) {
      throw Problem.badField("recordId", "monitoring.unknownRecord");
    }
    var now = clock.instant();
    var complaintId = complaints.raise(actor, visit.facilityId(), text, record, now).toString();
    store.insertComplaintLink(interviewId, complaintId, now, actor.username());
    log.append(
        visitId,
        "AllegationHandedOver",
        now,
        visit.facilityId(),
        actor,
        Map.of("interviewId", interviewId, "complaintId", complaintId));
    // The visit's findings record that an allegation was heard and where it went, without the
    // interview's words, which stay with the team.
    var findingId = UUID.randomUUID().toString();
    findings.insert(
        new FindingStore.Row(
            findingId,
            visitId,
            visit.facilityId(),
            HANDED_OVER,
            "high",
            record,
            null,
            complaintId,
            now,
            actor.username()));
    var payload = new LinkedHashMap<String, Object>();
    payload.put("findingId", findingId);
    payload.put("severity", "high");
    payload.put("text", HANDED_OVER);
    payload.put("complaintId", complaintId);
    if (record != null) {
      payload.put("recordId", record);
    }
    log.append(visitId, "FindingRecorded", now, visit.facilityId(), actor, payload);
    return complaintId;
  }
}
