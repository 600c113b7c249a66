package org.habeas.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.habeas.monitoring.Recommendation;
import org.habeas.monitoring.RecommendationForm;
import org.habeas.monitoring.RecommendationImport;
import org.habeas.monitoring.RecommendationIssuing;
import org.habeas.monitoring.RecommendationProgress;
import org.habeas.monitoring.RecommendationStatus;
import org.habeas.monitoring.Recommendations;
import org.habeas.system.Actor;
import org.habeas.system.CurrentActor;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recommendations as JSON: the caller's list (focal points: their agency's; without sign-in what
 * the public portal shows), one with its status history, issuing one, and importing many all or
 * nothing (problems named {@code rows[n].field}).
 */
@RestController
@RequestMapping(path = "/api/v1/recommendations", produces = "application/json")
@Tag(name = "Recommendations", description = "Recommendations followed until implemented")
class RecommendationsApi {

  private final Recommendations recommendations;
  private final RecommendationIssuing issuing;
  private final RecommendationProgress progress;
  private final CurrentActor actors;

  RecommendationsApi(
      Recommendations recommendations,
      RecommendationIssuing issuing,
      RecommendationProgress progress,
      CurrentActor actors) {
    this.recommendations = recommendations;
    this.issuing = issuing;
    this.progress = progress;
    this.actors = actors;
  }

  /** A page of recommendations, with the query's total. */
  record Page(List<Recommendation> items, int page, int size, long total) {}

  /** One recommendation with its history of statuses. */
  record Detail(Recommendation recommendation, List<Recommendations.StatusChange> history) {}

  /** A status change by the commission. */
  record StatusBody(@Nullable RecommendationStatus status, @Nullable String note) {}

  @GetMapping
  @Operation(
      summary =
          "Recommendations the caller may see; filters source, agency, theme, facility, year, status",
      description =
          "Without sign-in (and for roles that do not follow recommendations) what the public"
              + " portal shows: every recommendation with its status, without the finding it came"
              + " from. Monitors and administrators see all, focal points their agency's.")
  Page list(
      @RequestParam Map<String, String> params,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    var paging = Paging.of(page, size);
    var f = RecommendationFilters.of(RecommendationFilterParams.of(params));
    var me = actors.get().filter(Recommendations::mayRead);
    if (me.isEmpty()) {
      return new Page(
          recommendations.published(f, paging.offset(), size).stream()
              .map(Recommendation::withoutFinding)
              .toList(),
          page,
          size,
          recommendations.publishedCount(f));
    }
    return new Page(
        recommendations.list(me.get(), f, paging.offset(), size),
        page,
        size,
        recommendations.count(me.get(), f));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One recommendation with its status history")
  Detail one(Actor me, @PathVariable String id) {
    return new Detail(recommendations.get(me, id), recommendations.history(id));
  }

  @PostMapping(consumes = "application/json")
  @Operation(summary = "Issue a recommendation (commission); 201 with its Location")
  ResponseEntity<Recommendation> issue(Actor me, @RequestBody RecommendationForm form) {
    var id = issuing.issue(me, form);
    return ResponseEntity.created(URI.create("/api/v1/recommendations/" + id))
        .body(recommendations.get(me, id));
  }

  @PostMapping(path = "/import", consumes = "application/json")
  @Operation(summary = "Import an array of recommendations, all or none")
  ResponseEntity<Map<String, Object>> importAll(
      Actor me, @RequestBody List<RecommendationForm> rows) {
    if (rows.size() > RecommendationImport.MAX_ROWS) {
      throw Problem.badField("rows", "monitoring.import.tooMany");
    }
    var ids = issuing.importAll(me, rows);
    return ResponseEntity.status(201).body(Map.of("imported", ids.size(), "ids", ids));
  }

  @PostMapping(path = "/{id}/status", consumes = "application/json")
  @Operation(summary = "Move a recommendation's status (commission), with a note")
  Detail status(Actor me, @PathVariable String id, @RequestBody StatusBody body) {
    progress.changeStatus(me, id, body.status(), body.note());
    return one(me, id);
  }
}
