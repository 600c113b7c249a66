package org.habeas.safeguards;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.StoredEvent;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * A stored custody record judged by the safeguards: its events, the profile version in force at its
 * apprehension for its jurisdiction, and the zones of the facilities it names.
 *
 * <p>No access check: for system processes (the scheduler, the compliance view) and for callers
 * that have checked access themselves.
 *
 * <p>Every run of the engine through here is counted ({@code habeas.safeguards.evaluations}): an
 * append should cost one.
 */
@Service
public class RecordSafeguards {

  private static final Logger log = LoggerFactory.getLogger(RecordSafeguards.class);

  private final CustodyRecords records;
  private final Profiles profiles;
  private final Facilities facilities;
  private final @Nullable Counter evaluations;

  RecordSafeguards(
      CustodyRecords records,
      Profiles profiles,
      Facilities facilities,
      ObjectProvider<MeterRegistry> meters) {
    this.records = records;
    this.profiles = profiles;
    this.facilities = facilities;
    var registry = meters.getIfAvailable();
    this.evaluations =
        registry == null
            ? null
            : Counter.builder("habeas.safeguards.evaluations")
                .description("Custody records judged by the safeguards engine")
                .register(registry);
  }

  /**
   * The record as it stood at {@code at}: only events that occurred by then count.
   *
   * @throws Problem 404 {@code custody.notFound} if there is no such record (or it was erased)
   */
  public Evaluation evaluate(String recordId, Instant at) {
    var events = records.history(recordId);
    if (events.isEmpty()) {
      throw Problem.notFound("custody.notFound");
    }
    return evaluate(events, at);
  }

  /**
   * The profile version the record is judged under: the one in force at its apprehension.
   *
   * @throws Problem 404 {@code custody.notFound} if there is no such record (or it was erased)
   */
  public Profile profileOf(String recordId) {
    var events = records.history(recordId);
    if (events.isEmpty()) {
      throw Problem.notFound("custody.notFound");
    }
    return profileOf(CustodyRecord.replay(events));
  }

  /**
   * A record whose events the caller has (a listener given them with the event, in the system's
   * form of {@link CustodyRecords#history}), judged at {@code at} without reading it back.
   */
  public Evaluation evaluate(List<StoredEvent> events, Instant at) {
    return evaluate(events, CustodyRecord.replay(events), at);
  }

  /** As {@link #evaluate(List, Instant)}, for a caller that has the record's state too. */
  public Evaluation evaluate(List<StoredEvent> events, CustodyRecord state, Instant at) {
    var evaluation = SafeguardEngine.evaluate(events, profileOf(state), zones(), at);
    log.debug("Safeguards: judged record of {} events at {}", events.size(), at);
    if (evaluations != null) {
      evaluations.increment();
    }
    return evaluation;
  }

  /**
   * The profile version a record in this state is judged under: the one in force at apprehension.
   */
  public Profile profileOf(CustodyRecord state) {
    return profiles.inForce(state.jurisdiction().code(), state.apprehendedAt());
  }

  /** The zone of each facility; UTC for one Habeas does not know (never expected). */
  FacilityZones zones() {
    return id -> facilities.find(id).map(Facility::zone).orElse(ZoneOffset.UTC);
  }
}
