package org.habeas.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations from every source, addressed to an agency, followed until implemented: who may
 * read which, and the lists, the public portal's included. The commission issues them ({@link
 * RecommendationIssuing}) and moves their status, each agency's focal points report progress
 * ({@link RecommendationProgress}), and a follow-up visit verifies ({@link
 * RecommendationVerification}).
 */
@Service
public class Recommendations {

  /**
   * What a list is narrowed to; blank fields do not narrow.
   *
   * @param overdue only open recommendations whose deadline has passed
   * @param q words the text (in any language), the source document or paragraph contains
   */
  public record Filter(
      @Nullable String source,
      @Nullable String agency,
      @Nullable String theme,
      @Nullable String facilityId,
      @Nullable Integer year,
      @Nullable RecommendationStatus status,
      boolean overdue,
      @Nullable String q) {

    /** The portal's filter: no deadline or search. */
    public Filter(
        @Nullable String source,
        @Nullable String agency,
        @Nullable String theme,
        @Nullable String facilityId,
        @Nullable Integer year,
        @Nullable RecommendationStatus status) {
      this(source, agency, theme, facilityId, year, status, false, null);
    }

    public static Filter none() {
      return new Filter(null, null, null, null, null, null);
    }
  }

  /** One status the recommendation was given. */
  public record StatusChange(
      RecommendationStatus status, @Nullable String note, Instant at, String by) {}

  /** A focal point's progress report and the commission's review of it. */
  public record Progress(
      String id,
      @Nullable String actionsPlanned,
      @Nullable String actionsTaken,
      RecommendationStatus proposedStatus,
      Instant at,
      String by,
      List<Finding.Evidence> evidence,
      @Nullable Review review) {}

  /** The commission's review of a progress report. */
  public record Review(boolean accepted, @Nullable String note, Instant at, String by) {}

  /** A follow-up visit's verdict. */
  public record Verification(
      String id,
      String visitId,
      LocalDate visitDate,
      RecommendationStatus verdict,
      @Nullable String note,
      Instant at,
      String by) {}

  private final RecommendationStore store;
  private final Clock clock;

  Recommendations(RecommendationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  // --- who may do what ---------------------------------------------------------------------

  /** The agency a focal point reports for, if one is set. */
  public Optional<String> agencyOf(String username) {
    return store.agencyOf(username);
  }

  /** Sets the agency a focal point reports for (administrators; demo data). */
  @Transactional
  public void setAgency(Actor actor, String username, String agency) {
    if (!actor.is(Role.ADMIN)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
    if (!Vocabulary.AGENCIES.contains(agency)) {
      throw Problem.badField("agency", "monitoring.badAgency");
    }
    store.setAgency(username, agency);
  }

  /** Whether the actor may read recommendations at all (monitors, focal points, administrators). */
  public static boolean mayRead(Actor actor) {
    return actor.is(Role.MONITOR) || actor.is(Role.FOCAL_POINT) || actor.is(Role.ADMIN);
  }

  private boolean maySee(Actor actor, Recommendation r) {
    if (actor.is(Role.MONITOR) || actor.is(Role.ADMIN)) {
      return true;
    }
    return actor.is(Role.FOCAL_POINT)
        && agencyOf(actor.username()).filter(r.agency()::equals).isPresent();
  }

  boolean mayReadProgress(Actor actor, String progressId) {
    return store
        .proposal(progressId)
        .flatMap(p -> find(p.getKey()))
        .filter(r -> maySee(actor, r))
        .isPresent();
  }

  /** Where a recommendation's events are logged: its facility, or monitoring as a whole. */
  static String station(@Nullable String facilityId) {
    return facilityId == null ? "monitoring" : facilityId;
  }

  // --- reading -----------------------------------------------------------------------------

  public Recommendation get(Actor actor, String id) {
    var r = find(id).orElseThrow(() -> Problem.notFound("monitoring.recommendationNotFound"));
    if (!mayRead(actor) || !maySee(actor, r)) {
      throw Problem.notFound("monitoring.recommendationNotFound");
    }
    return r;
  }

  Optional<Recommendation> find(String id) {
    return store.find(id);
  }

  /** A page of the recommendations the actor may see (focal points: their agency's). */
  public List<Recommendation> list(Actor actor, Filter filter, int offset, int limit) {
    if (!mayRead(actor)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
    return query(scoped(actor, filter), offset, limit);
  }

  public long count(Actor actor, Filter filter) {
    if (!mayRead(actor)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
    return query(scoped(actor, filter), 0, Integer.MAX_VALUE).size();
  }

  /** The public portal's list: every recommendation, nothing confidential in it. */
  public List<Recommendation> published(Filter filter, int offset, int limit) {
    return query(filter, offset, limit);
  }

  public long publishedCount(Filter filter) {
    return query(filter, 0, Integer.MAX_VALUE).size();
  }

  private Filter scoped(Actor actor, Filter f) {
    if (actor.is(Role.FOCAL_POINT)) {
      var agency = agencyOf(actor.username()).orElse("-none-");
      return new Filter(
          f.source(), agency, f.theme(), f.facilityId(), f.year(), f.status(), f.overdue(), f.q());
    }
    return f;
  }

  private List<Recommendation> query(Filter f, int offset, int limit) {
    var q = new RecommendationQuery(f, LocalDate.now(clock)).page(offset, limit);
    return store.select(q.sql(), q.params());
  }

  /** The years recommendations were issued in, newest first (for the portal's filter). */
  public List<Integer> years() {
    return store.issueDates().stream()
        .map(LocalDate::getYear)
        .distinct()
        .sorted(Comparator.reverseOrder())
        .toList();
  }

  /** For statistics: how many recommendations stand at each status, per agency. */
  public Map<String, Map<RecommendationStatus, Long>> countsByStatusAndAgency() {
    var out = new TreeMap<String, Map<RecommendationStatus, Long>>();
    for (var r : all()) {
      out.computeIfAbsent(r.agency(), a -> new EnumMap<>(RecommendationStatus.class))
          .merge(r.status(), 1L, Long::sum);
    }
    return out;
  }

  /** Every recommendation, for the statistics. */
  List<Recommendation> all() {
    return query(Filter.none(), 0, Integer.MAX_VALUE);
  }

  /** Open recommendations with a deadline, for the reminders. */
  List<Recommendation> openWithDeadline() {
    return all().stream().filter(r -> r.status().open() && r.deadline() != null).toList();
  }

  public List<StatusChange> history(String id) {
    return store.history(id);
  }

  public List<Progress> progress(String id) {
    return store.progress(id);
  }

  public List<Verification> verifications(String id) {
    return store.verifications(id);
  }

  /** Recommendations that follow from a visit's findings. */
  public List<Recommendation> ofVisit(String visitId) {
    return store.ofVisit(visitId);
  }
}
