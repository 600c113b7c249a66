package org.habeas.safeguards;

import java.time.Instant;
import java.time.ZoneOffset;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.StoredEvent;
import org.habeas.system.ApiProblem;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.springframework.stereotype.Service;

/**
 * A stored custody record judged by the safeguards: its events, the profile version in force at its
 * apprehension for its jurisdiction, and the zones of the facilities it names.
 *
 * <p>No access check: for system processes (the scheduler, the compliance view) and for callers
 * that have checked access themselves.
 */
@Service
public class RecordSafeguards {

  private final CustodyRecords records;
  private final Profiles profiles;
  private final Facilities facilities;

  RecordSafeguards(CustodyRecords records, Profiles profiles, Facilities facilities) {
    this.records = records;
    this.profiles = profiles;
    this.facilities = facilities;
  }

  /**
   * The record as it stood at {@code at}: only events that occurred by then count.
   *
   * @throws ApiProblem 404 {@code custody.notFound} if there is no such record (or it was erased)
   */
  public Evaluation evaluate(String recordId, Instant at) {
    var events = records.history(recordId);
    if (events.isEmpty()) {
      throw ApiProblem.notFound("custody.notFound");
    }
    return evaluate(events, at);
  }

  /**
   * The profile version the record is judged under: the one in force at its apprehension.
   *
   * @throws ApiProblem 404 {@code custody.notFound} if there is no such record (or it was erased)
   */
  public Profile profileOf(String recordId) {
    var events = records.history(recordId);
    if (events.isEmpty()) {
      throw ApiProblem.notFound("custody.notFound");
    }
    return profileOf(CustodyRecord.replay(events));
  }

  /** The events of a record already loaded, judged at {@code at}. */
  Evaluation evaluate(java.util.List<StoredEvent> events, Instant at) {
    var state = CustodyRecord.replay(events);
    return SafeguardEngine.evaluate(events, profileOf(state), zones(), at);
  }

  private Profile profileOf(CustodyRecord state) {
    return profiles.inForce(state.jurisdiction().code(), state.apprehendedAt());
  }

  /** The zone of each facility; UTC for one Habeas does not know (never expected). */
  FacilityZones zones() {
    return id -> facilities.find(id).map(Facility::zone).orElse(ZoneOffset.UTC);
  }
}
