package org.habeas.custody;

import static org.habeas.custody.AppendCheck.refused;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.habeas.custody.AppendCheck.Conflict;
import org.jspecify.annotations.Nullable;

/** Walks a timeline in order and finds each event that the record's state so far contradicts. */
final class TimelineWalk {

  private TimelineWalk() {}

  /**
   * Every contradiction in events already in timeline order, with corrections applied; the walk
   * goes on past each, so that contradictions already stored can be told from new ones.
   */
  static List<Conflict> conflicts(List<StoredEvent> effective) {
    Instant apprehendedAt =
        effective.stream()
            .map(StoredEvent::event)
            .filter(Apprehended.class::isInstance)
            .map(CustodyEvent::occurredAt)
            .findFirst()
            .orElse(null);
    List<Conflict> conflicts = new ArrayList<>();
    CustodyRecord state = null;
    int questioningSeq = 0;
    for (StoredEvent s : effective) {
      Optional<CustodyRuleViolation> violation = contradiction(state, s.event(), apprehendedAt);
      if (violation.isPresent()) {
        conflicts.add(new Conflict(s.seq(), questioningSeq, violation.get()));
      }
      if (state != null || s.event() instanceof Apprehended) {
        state = CustodyRecord.evolve(state, s);
      }
      if (s.event() instanceof InterrogationStarted) {
        questioningSeq = s.seq();
      }
    }
    return conflicts;
  }

  private static Optional<CustodyRuleViolation> contradiction(
      @Nullable CustodyRecord state, CustodyEvent e, @Nullable Instant apprehendedAt) {
    if (state == null) {
      if (e instanceof Apprehended) {
        return Optional.empty();
      }
      return apprehendedAt == null
          ? Optional.of(refused("custody.rule.first-not-apprehended", "type", e.type()))
          : Optional.of(
              refused(
                  "custody.rule.before-apprehension", "occurredAt", e.occurredAt(), apprehendedAt));
    }
    if (e instanceof Apprehended) {
      return Optional.of(
          refused("custody.rule.second-apprehension", "type", state.apprehendedAt()));
    }
    if (state.status() == RecordStatus.CLOSED) {
      Optional<CustodyRuleViolation> afterClosing = afterClosing(state, e);
      if (afterClosing.isPresent()) {
        return afterClosing;
      }
    }
    return Optional.ofNullable(
        switch (e) {
          case InterrogationStarted i when state.interrogationInProgress() ->
              refused(
                  "custody.rule.interrogation-in-progress",
                  "occurredAt",
                  i.occurredAt(),
                  Objects.requireNonNull(
                      state.interrogationStartedAt(), "a questioning in progress started"));
          case InterrogationEnded x when !state.interrogationInProgress() ->
              refused("custody.rule.no-interrogation-in-progress", "occurredAt", x.occurredAt());
          case ArrivedAtFacility a
              when state.atCurrentFacility()
                  && Objects.equals(a.facilityId(), state.currentFacilityId()) ->
              refused(
                  "custody.rule.already-at-facility", "facilityId", a.occurredAt(), a.facilityId());
          case Transferred t when Objects.equals(t.toFacilityId(), state.currentFacilityId()) ->
              refused(
                  "custody.rule.already-at-facility",
                  "toFacilityId",
                  t.occurredAt(),
                  t.toFacilityId());
          case DetentionExtended x when x.until() != null && !x.until().isAfter(x.occurredAt()) ->
              refused("custody.rule.extension-not-after-event", "until", x.occurredAt(), x.until());
          default -> null;
        });
  }

  /**
   * Nothing happens after the record closed; an event at the very moment it closed is let through,
   * since paper logs often give the release and what came with it the same minute. After a release,
   * the events {@link AfterRelease#EVENTS} still happen (an injury found at a hospital that
   * evening); the refusal of any other names them.
   */
  private static Optional<CustodyRuleViolation> afterClosing(CustodyRecord state, CustodyEvent e) {
    if (e instanceof ArrivedAtFacility a && state.awaitsRemandArrival(a)) {
      // The remand prison the person was handed over to continues the record (issue 16).
      return Optional.empty();
    }
    Instant closedAt = Objects.requireNonNull(state.endedAt());
    if (e instanceof Released && state.released()) {
      return Optional.of(refused("custody.rule.second-release", "type", e.occurredAt(), closedAt));
    }
    if (state.released() && AfterRelease.allows(e)) {
      return Optional.empty();
    }
    if (e.occurredAt().isAfter(closedAt) && state.released()) {
      return Optional.of(
          refused(
              "custody.rule.after-release",
              "occurredAt",
              e.occurredAt(),
              closedAt,
              AfterRelease.names()));
    }
    if (e.occurredAt().isAfter(closedAt)) {
      String code =
          state.released()
              ? "custody.rule.after-release"
              : state.remandArrivedAt() != null
                  ? "custody.rule.after-remand-ended"
                  : "custody.rule.after-remand-transfer";
      return Optional.of(refused(code, "occurredAt", e.occurredAt(), closedAt));
    }
    return Optional.empty();
  }
}
