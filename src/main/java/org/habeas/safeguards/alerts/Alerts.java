package org.habeas.safeguards.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.habeas.system.Actor;
import org.habeas.system.Paging;
import org.habeas.system.Problem;
import org.habeas.system.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert inbox: alerts raised once each, seen by the prosecutors of the facility's region and by
 * monitors, acknowledged with a note and resolved. Each change is appended to the alert's history.
 */
@Component
public class Alerts {

  private final AlertStore store;
  private final Clock clock;

  Alerts(AlertStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** One change of an alert's state, as its history keeps it. */
  public record Change(
      AlertStatus status, @Nullable String by, @Nullable String note, Instant at) {}

  /**
   * Stores the alert unless one with the same key exists; returns its id only if this call stored
   * it (so only the instance that raised it sends it).
   */
  Optional<Long> raise(String key, Alert a) {
    if (store.insert(key, a) == 0) {
      return Optional.empty();
    }
    long id = store.idOf(key);
    store.insertEvent(id, AlertStatus.OPEN, null, null, a.raisedAt());
    return Optional.of(id);
  }

  /** The alert, whoever receives it: for the sending of it. */
  Optional<Alert> get(long id) {
    return store.find(id);
  }

  /** The alert, if the actor receives it. */
  public Optional<Alert> find(Actor actor, long id) {
    return get(id).filter(a -> receives(actor, a));
  }

  /** The alert's history, oldest first. */
  public List<Change> history(long id) {
    return store.history(id);
  }

  /** The actor has seen the alert and says what they do about it. */
  @Transactional
  public Alert acknowledge(Actor actor, long id, @Nullable String note) {
    var problem = noteProblem(note);
    if (problem != null) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", List.of(problem));
    }
    return change(actor, id, AlertStatus.ACKNOWLEDGED, Objects.requireNonNull(note).strip());
  }

  /**
   * The actor acknowledges several alerts with one note, all or none: each is checked as a single
   * acknowledgement is, and the first refused (not received, already resolved) refuses them all.
   *
   * @return how many alerts were acknowledged
   * @throws Problem 400 naming every field at fault (an empty selection, a missing note), 403, 404
   *     or 409 as {@link #acknowledge} answers for the alert refused
   */
  @Transactional
  public int acknowledgeAll(Actor actor, List<Long> ids, @Nullable String note) {
    var problems = new ArrayList<Problem.FieldProblem>();
    var distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
    if (distinct.isEmpty()) {
      problems.add(new Problem.FieldProblem("ids", "alerts.noneSelected"));
    } else if (distinct.size() > MAX_BULK) {
      problems.add(new Problem.FieldProblem("ids", "field.Size", 1, MAX_BULK));
    }
    var problem = noteProblem(note);
    if (problem != null) {
      problems.add(problem);
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    for (long id : distinct) {
      change(actor, id, AlertStatus.ACKNOWLEDGED, Objects.requireNonNull(note).strip());
    }
    return distinct.size();
  }

  /** The most alerts acknowledged at once: a page of the API's largest size. */
  public static final int MAX_BULK = Paging.MAX_SIZE;

  private static Problem.@Nullable FieldProblem noteProblem(@Nullable String note) {
    if (note == null || note.isBlank()) {
      return new Problem.FieldProblem("note", "field.NotBlank");
    }
    if (note.strip().length() > 2000) {
      return new Problem.FieldProblem("note", "field.Size", 1, 2000);
    }
    return null;
  }

  /** The matter is dealt with; the alert leaves the open list. */
  @Transactional
  public Alert resolve(Actor actor, long id, @Nullable String note) {
    var n = note == null || note.isBlank() ? null : note.strip();
    if (n != null && n.length() > 2000) {
      throw Problem.badField("note", "field.Size", 1, 2000);
    }
    return change(actor, id, AlertStatus.RESOLVED, n);
  }

  /** Whether the actor's role acts on alerts at all (acknowledges, resolves). */
  public static boolean mayAct(Actor actor) {
    return actor.is(Role.PROSECUTOR) || actor.is(Role.MONITOR);
  }

  /**
   * The one access decision for changing an alert, single or in bulk: the role acts on alerts, the
   * actor receives this one, and it is not resolved yet.
   */
  private Alert change(Actor actor, long id, AlertStatus to, @Nullable String note) {
    if (!mayAct(actor)) {
      throw Problem.forbidden("alerts.forbidden");
    }
    var alert = find(actor, id).orElseThrow(() -> Problem.notFound("alerts.notFound"));
    if (alert.status() == AlertStatus.RESOLVED) {
      throw new Problem(Problem.Kind.CONFLICT, "alerts.alreadyResolved", List.of());
    }
    var now = clock.instant();
    store.setStatus(id, to);
    store.insertEvent(id, to, actor.username(), note, now);
    return find(actor, id).orElseThrow();
  }

  /** Prosecutors receive their region's alerts, monitors and administrators all of them. */
  static boolean receives(Actor actor, Alert a) {
    return switch (actor.role()) {
      case MONITOR, ADMIN -> true;
      case PROSECUTOR -> actor.regionCode() != null && actor.regionCode().equals(a.regionCode());
      default -> false;
    };
  }
}
