package org.habeas.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Role;
import org.habeas.system.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recommendation's way to implementation: the commission moves its status, each agency's focal
 * points report progress, and the commission accepts or refuses each report. Every change is
 * committed to the ledger.
 */
@Service
public class RecommendationProgress {

  private final Recommendations recommendations;
  private final RecommendationStore store;
  private final Evidence evidence;
  private final MonitoringLog log;
  private final Clock clock;

  RecommendationProgress(
      Recommendations recommendations,
      RecommendationStore store,
      Evidence evidence,
      MonitoringLog log,
      Clock clock) {
    this.recommendations = recommendations;
    this.store = store;
    this.evidence = evidence;
    this.log = log;
    this.clock = clock;
  }

  /** Moves a recommendation's status (monitors, with a note). */
  @Transactional
  public void changeStatus(
      Actor actor, String id, @Nullable RecommendationStatus status, @Nullable String note) {
    Visits.requireMonitor(actor);
    var r = recommendations.get(actor, id);
    moveTo(actor, r, status, note);
  }

  /** Gives a recommendation a new status, if the status it stands at may move there. */
  void moveTo(
      Actor actor, Recommendation r, @Nullable RecommendationStatus status, @Nullable String note) {
    if (status == null) {
      throw Problem.badField("status", "field.NotNull");
    }
    if (!r.status().mayMoveTo(status)) {
      throw Problem.badField("status", "monitoring.badTransition", r.status(), status);
    }
    var n = Visits.blankToNull(note);
    if (n == null) {
      throw Problem.badField("note", "field.NotBlank");
    }
    if (n.length() > 2000) {
      throw Problem.badField("note", "field.Size", 1, 2000);
    }
    var now = clock.instant();
    store.insertStatus(r.id(), status, n, now, actor.username());
    var payload = new LinkedHashMap<String, Object>();
    payload.put("from", r.status().name());
    payload.put("to", status.name());
    payload.put("note", n);
    log.append(
        r.id(), "StatusChanged", now, Recommendations.station(r.facilityId()), actor, payload);
  }

  /** A focal point reports progress on a recommendation of their agency; returns its id. */
  @Transactional
  public String report(
      Actor actor,
      String id,
      @Nullable String planned,
      @Nullable String taken,
      @Nullable RecommendationStatus proposed,
      List<Upload> files) {
    if (!actor.is(Role.FOCAL_POINT)) {
      throw Problem.forbidden("monitoring.focalPointOnly");
    }
    var r = recommendations.get(actor, id);
    var problems = new ArrayList<FieldProblem>();
    var p = Visits.blankToNull(planned);
    var t = Visits.blankToNull(taken);
    if (p == null && t == null) {
      problems.add(new FieldProblem("actionsTaken", "monitoring.actionsNeeded"));
    }
    if (p != null && p.length() > 4000) {
      problems.add(new FieldProblem("actionsPlanned", "field.Size", 0, 4000));
    }
    if (t != null && t.length() > 4000) {
      problems.add(new FieldProblem("actionsTaken", "field.Size", 0, 4000));
    }
    if (proposed == null || proposed == RecommendationStatus.NOT_STARTED) {
      problems.add(new FieldProblem("proposedStatus", "monitoring.badProposal"));
    }
    var checked = evidence.check(files, false, problems);
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    // a null proposal added a problem above
    var status = Objects.requireNonNull(proposed, "proposedStatus");
    var progressId = UUID.randomUUID().toString();
    var now = clock.instant();
    store.insertProgress(progressId, id, p, t, status, now, actor.username());
    var hashes = evidence.store(actor, null, progressId, checked, now);
    var payload = new LinkedHashMap<String, Object>();
    payload.put("progressId", progressId);
    payload.put("proposedStatus", status.name());
    if (p != null) {
      payload.put("actionsPlanned", p);
    }
    if (t != null) {
      payload.put("actionsTaken", t);
    }
    payload.put("evidenceSha256", hashes);
    payload.put("evidence", EvidenceFiles.described(checked));
    log.append(
        id, "ProgressReported", now, Recommendations.station(r.facilityId()), actor, payload);
    return progressId;
  }

  /**
   * The commission reviews a progress report: accepted, the recommendation takes the proposed
   * status (if it differs); refused, the status stays. A report is reviewed once.
   */
  @Transactional
  public void review(Actor actor, String progressId, boolean accepted, @Nullable String note) {
    Visits.requireMonitor(actor);
    var proposal =
        store
            .proposal(progressId)
            .orElseThrow(() -> Problem.notFound("monitoring.progressNotFound"));
    if (store.review(progressId).isPresent()) {
      throw new Problem(Problem.Kind.CONFLICT, "monitoring.alreadyReviewed", List.of());
    }
    var n = Visits.blankToNull(note);
    if (!accepted && n == null) {
      throw Problem.badField("note", "field.NotBlank");
    }
    if (n != null && n.length() > 2000) {
      throw Problem.badField("note", "field.Size", 0, 2000);
    }
    var r = recommendations.get(actor, proposal.getKey());
    var proposed = proposal.getValue();
    var now = clock.instant();
    store.insertReview(progressId, accepted, n, now, actor.username());
    var payload = new LinkedHashMap<String, Object>();
    payload.put("progressId", progressId);
    payload.put("accepted", accepted);
    if (n != null) {
      payload.put("note", n);
    }
    log.append(
        r.id(), "ProgressReviewed", now, Recommendations.station(r.facilityId()), actor, payload);
    if (accepted && proposed != r.status()) {
      moveTo(actor, r, proposed, n == null ? "progress report validated" : n);
    }
  }
}
