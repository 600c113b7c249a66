package org.habeas.monitoring;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordFilter;
import org.habeas.custody.RecordSummary;
import org.habeas.safeguards.Obligation;
import org.habeas.safeguards.ObligationStatus;
import org.habeas.safeguards.RecordSafeguards;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custody records drawn at random from a visit's facility, to compare with the paper register and
 * to see how their safeguards stood.
 */
@Service
public class RecordSamples {

  /** A sampled custody record with its obligations as they stood when judged. */
  public record Sampled(
      String recordId,
      String pseudonym,
      int position,
      long seed,
      Instant apprehendedAt,
      @Nullable Instant closedAt,
      Instant judgedAt,
      List<Obligation> obligations) {

    public long breached() {
      return obligations.stream().filter(o -> o.status() == ObligationStatus.BREACHED).count();
    }
  }

  private static final int BATCH = 500;

  private final Visits visits;
  private final VisitStore store;
  private final MonitoringLog log;
  private final Facilities facilities;
  private final CustodyRecords records;
  private final RecordSafeguards safeguards;
  private final Clock clock;
  private final SecureRandom seeds = new SecureRandom();

  RecordSamples(
      Visits visits,
      VisitStore store,
      MonitoringLog log,
      Facilities facilities,
      CustodyRecords records,
      RecordSafeguards safeguards,
      Clock clock) {
    this.visits = visits;
    this.store = store;
    this.log = log;
    this.facilities = facilities;
    this.records = records;
    this.safeguards = safeguards;
    this.clock = clock;
  }

  /**
   * Draws up to {@code n} records of the visit's facility apprehended in the period (dates in the
   * facility's zone), not drawn before for this visit; returns the ids drawn.
   */
  @Transactional
  public List<String> sample(
      Actor actor,
      String visitId,
      int n,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      @Nullable Long seed) {
    var visit = visits.get(actor, visitId);
    var problems = new ArrayList<FieldProblem>();
    if (n < 1 || n > 50) {
      problems.add(new FieldProblem("n", "field.Range", 1, 50));
    }
    if (from == null) {
      problems.add(new FieldProblem("from", "field.NotNull"));
    }
    if (to == null) {
      problems.add(new FieldProblem("to", "field.NotNull"));
    }
    if (from != null && to != null && from.isAfter(to)) {
      problems.add(new FieldProblem("to", "monitoring.periodOrder"));
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    // a null date added a problem above
    var first = Objects.requireNonNull(from, "from");
    var last = Objects.requireNonNull(to, "to");
    var zone = facilities.find(visit.facilityId()).map(Facility::zone).orElseThrow();
    var start = first.atStartOfDay(zone).toInstant();
    var end = last.plusDays(1).atStartOfDay(zone).toInstant();
    var already = store.sampledIds(visitId);
    var candidates = new ArrayList<String>();
    var filter = new RecordFilter(visit.facilityId(), null, null, "apprehended");
    for (int page = 0; ; page++) {
      List<RecordSummary> batch = records.list(actor, filter, page, BATCH);
      for (var r : batch) {
        if (!r.apprehendedAt().isBefore(start)
            && r.apprehendedAt().isBefore(end)
            && !already.contains(r.id())) {
          candidates.add(r.id());
        }
      }
      if (batch.size() < BATCH) {
        break;
      }
    }
    long s = seed != null ? seed : seeds.nextLong();
    var drawn = RecordSampler.sample(candidates, n, s);
    var now = clock.instant();
    int position = already.size();
    for (var id : drawn) {
      store.insertSample(visitId, id, ++position, s, first, last, now, actor.username());
    }
    var payload = new LinkedHashMap<String, Object>();
    payload.put("from", first.toString());
    payload.put("to", last.toString());
    payload.put("seed", s);
    payload.put("records", drawn);
    log.append(visitId, "RecordsSampled", now, visit.facilityId(), actor, payload);
    return drawn;
  }

  /**
   * The sampled records, each with its obligations as they stood at its close or at the visit (the
   * end of the visit's day, or now if that is later), whichever came first.
   */
  public List<Sampled> sampled(Actor actor, String visitId) {
    var visit = visits.get(actor, visitId);
    var zone = facilities.find(visit.facilityId()).map(Facility::zone).orElseThrow();
    var visitEnd = visit.date().plusDays(1).atStartOfDay(zone).toInstant();
    var now = clock.instant();
    var at = visitEnd.isAfter(now) ? now : visitEnd;
    var out = new ArrayList<Sampled>();
    for (var sample : store.samples(visitId)) {
      var id = sample.recordId();
      var events = records.history(id);
      if (events.isEmpty()) {
        continue; // erased since
      }
      var state = CustodyRecord.replay(events);
      // Judged when the person stopped being held under the record: released, handed over, or
      // released or moved on from the remand prison that continued it.
      var ended = state.endedAt();
      var judged = ended != null && ended.isBefore(at) ? ended : at;
      out.add(
          new Sampled(
              id,
              CustodyRecords.pseudonym(id),
              sample.position(),
              sample.seed(),
              state.apprehendedAt(),
              state.closedAt(),
              judged,
              obligations(id, judged)));
    }
    return out;
  }

  private List<Obligation> obligations(String recordId, Instant judged) {
    try {
      return safeguards.evaluate(recordId, judged).obligations().stream()
          .filter(o -> o.status() != ObligationStatus.NOT_APPLICABLE)
          .toList();
    } catch (RuntimeException e) {
      // A record the current profile cannot judge is still listed, without obligations.
      return List.of();
    }
  }
}
