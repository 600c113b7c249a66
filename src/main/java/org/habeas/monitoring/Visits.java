package org.habeas.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Role;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits to places of detention, planned or recorded as made, and who visits. Monitors (the
 * commission and the national preventive mechanism) do this; what a visit does next is in {@link
 * Checklists}, {@link RecordSamples}, {@link Findings} and {@link Interviews}.
 */
@Service
public class Visits {

  /** What a visit is planned or recorded with. */
  public record Plan(
      @Nullable String facilityId,
      @Nullable LocalDate date,
      boolean announced,
      boolean made,
      @Nullable String purpose,
      List<String> team) {}

  private final VisitStore store;
  private final MonitoringLog log;
  private final Facilities facilities;
  private final Users users;
  private final Clock clock;

  Visits(VisitStore store, MonitoringLog log, Facilities facilities, Users users, Clock clock) {
    this.store = store;
    this.log = log;
    this.facilities = facilities;
    this.users = users;
    this.clock = clock;
  }

  static void requireMonitor(Actor actor) {
    if (!actor.is(Role.MONITOR)) {
      throw Problem.forbidden("monitoring.forbidden");
    }
  }

  /** Plans a visit (or records one made); returns its id. */
  @Transactional
  public String plan(Actor actor, Plan plan) {
    requireMonitor(actor);
    var problems = new ArrayList<FieldProblem>();
    Facility facility = null;
    if (plan.facilityId() == null || plan.facilityId().isBlank()) {
      problems.add(new FieldProblem("facilityId", "field.NotBlank"));
    } else {
      facility = facilities.find(plan.facilityId()).orElse(null);
      if (facility == null) {
        problems.add(new FieldProblem("facilityId", "monitoring.unknownFacility"));
      }
    }
    if (plan.date() == null) {
      problems.add(new FieldProblem("date", "field.NotNull"));
    } else if (plan.made() && plan.date().isAfter(LocalDate.now(clock).plusDays(1))) {
      problems.add(new FieldProblem("date", "monitoring.madeInFuture"));
    }
    if (plan.purpose() != null && plan.purpose().strip().length() > 2000) {
      problems.add(new FieldProblem("purpose", "field.Size", 0, 2000));
    }
    var team = new LinkedHashSet<String>();
    team.add(actor.username());
    for (var member : plan.team()) {
      var m = member.strip();
      if (m.isEmpty()) {
        continue;
      }
      if (users.find(m).filter(u -> u.is(Role.MONITOR)).isEmpty()) {
        problems.add(new FieldProblem("team", "monitoring.unknownMember", m));
      } else {
        team.add(m);
      }
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    // a missing facility or date added a problem above
    var place = Objects.requireNonNull(facility, "facility");
    var date = Objects.requireNonNull(plan.date(), "date");
    var id = UUID.randomUUID().toString();
    var now = clock.instant();
    var purpose = blankToNull(plan.purpose());
    store.insertVisit(
        id, place.id(), date, plan.announced(), plan.made(), purpose, actor.username(), now);
    for (var m : team) {
      store.insertMember(id, m);
    }
    var payload = new LinkedHashMap<String, Object>();
    payload.put("facilityId", place.id());
    payload.put("date", date.toString());
    payload.put("announced", plan.announced());
    payload.put("team", List.copyOf(team));
    payload.put("purpose", purpose);
    log.append(id, plan.made() ? "VisitMade" : "VisitPlanned", now, place.id(), actor, payload);
    return id;
  }

  public List<Visit> list(Actor actor, @Nullable String facilityId, int offset, int limit) {
    requireMonitor(actor);
    return store.visits(facilityId, offset, limit);
  }

  public long count(@Nullable String facilityId) {
    return store.count(facilityId);
  }

  public Visit get(Actor actor, String id) {
    requireMonitor(actor);
    return find(id).orElseThrow(() -> Problem.notFound("monitoring.visitNotFound"));
  }

  Optional<Visit> find(String id) {
    return store.find(id);
  }

  /** The visit, if the actor is on its team: interviews are the team's alone. */
  Visit teamVisit(Actor actor, String visitId) {
    var visit = get(actor, visitId);
    if (!visit.inTeam(actor.username())) {
      throw Problem.forbidden("monitoring.teamOnly");
    }
    return visit;
  }

  static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static boolean isUuid(String s) {
    try {
      return UUID.fromString(s).toString().equals(s.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
