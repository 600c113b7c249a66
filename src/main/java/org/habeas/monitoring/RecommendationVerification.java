package org.habeas.monitoring;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A follow-up visit verifies whether a recommendation was implemented. */
@Service
public class RecommendationVerification {

  private final Recommendations recommendations;
  private final RecommendationProgress progress;
  private final RecommendationStore store;
  private final Visits visits;
  private final MonitoringLog log;
  private final Clock clock;

  RecommendationVerification(
      Recommendations recommendations,
      RecommendationProgress progress,
      RecommendationStore store,
      Visits visits,
      MonitoringLog log,
      Clock clock) {
    this.recommendations = recommendations;
    this.progress = progress;
    this.store = store;
    this.visits = visits;
    this.log = log;
    this.clock = clock;
  }

  /** A follow-up visit verifies implementation; the verdict becomes the status if it differs. */
  @Transactional
  public void verify(
      Actor actor,
      String id,
      @Nullable String visitId,
      @Nullable RecommendationStatus verdict,
      @Nullable String note) {
    Visits.requireMonitor(actor);
    var r = recommendations.get(actor, id);
    if (visitId == null || visits.find(visitId).isEmpty()) {
      throw Problem.badField("visitId", "monitoring.visitNotFound");
    }
    if (verdict == null || verdict == RecommendationStatus.NOT_ACCEPTED) {
      throw Problem.badField("verdict", "monitoring.badVerdict");
    }
    var n = Visits.blankToNull(note);
    if (n == null) {
      throw Problem.badField("note", "field.NotBlank");
    }
    if (n.length() > 2000) {
      throw Problem.badField("note", "field.Size", 1, 2000);
    }
    var now = clock.instant();
    store.insertVerification(
        UUID.randomUUID().toString(), id, visitId, verdict, n, now, actor.username());
    log.append(
        id,
        "ImplementationVerified",
        now,
        Recommendations.station(r.facilityId()),
        actor,
        Map.of("visitId", visitId, "verdict", verdict.name(), "note", n));
    if (verdict != r.status()) {
      progress.moveTo(actor, r, verdict, n);
    }
  }
}
