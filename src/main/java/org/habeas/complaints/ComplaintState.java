package org.habeas.complaints;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A complaint's state, folded from its timeline: nothing here is stored as history.
 *
 * @param status where it stands
 * @param statusSince when it came to stand there
 * @param category set at triage (or by the custody event that raised it)
 * @param urgent the person is still held, or triage said so
 * @param assignee the case handler's username
 * @param referred whether it was ever referred to the prosecutor
 * @param outcome how it ended, once closed
 * @param lastSeq the last entry's seq
 * @param updatedAt when the last entry happened
 */
public record ComplaintState(
    ComplaintStatus status,
    Instant statusSince,
    @Nullable Category category,
    boolean urgent,
    @Nullable String assignee,
    boolean referred,
    @Nullable Outcome outcome,
    int lastSeq,
    Instant updatedAt) {

  /**
   * Folds the entries, in seq order: a pure replay of their events. Entries the complaint's state
   * does not depend on (documents, the case file's) only move {@code lastSeq} and {@code
   * updatedAt}.
   *
   * @throws IllegalArgumentException if the first entry is not the lodging
   */
  public static ComplaintState fold(List<ComplaintEntry> entries) {
    if (entries.isEmpty()
        || !(ComplaintEvent.of(entries.getFirst()) instanceof ComplaintEvent.Lodged lodged)) {
      throw new IllegalArgumentException("a complaint's timeline starts with its lodging");
    }
    var first = entries.getFirst();
    var state =
        new ComplaintState(
            ComplaintStatus.RECEIVED,
            first.occurredAt(),
            lodged.category(),
            lodged.stillHeld(),
            null,
            false,
            null,
            first.seq(),
            first.occurredAt());
    for (var e : entries.subList(1, entries.size())) {
      state = state.apply(e);
    }
    return state;
  }

  /** This state with one more entry applied. */
  public ComplaintState apply(ComplaintEntry e) {
    var s =
        switch (ComplaintEvent.of(e)) {
          case ComplaintEvent.Triaged t -> triaged(t, e.occurredAt());
          case ComplaintEvent.Assigned a ->
              new ComplaintState(
                  status,
                  statusSince,
                  category,
                  urgent,
                  a.assignee(),
                  referred,
                  outcome,
                  lastSeq,
                  updatedAt);
          case ComplaintEvent.StatusChanged c -> moved(c.status(), e.occurredAt(), c.outcome());
          // A complaint is lodged once: a second lodging entry is never written.
          case ComplaintEvent.Lodged l -> this;
          case ComplaintEvent.DocumentAdded d -> this;
          case ComplaintEvent.Recorded r -> this;
        };
    return new ComplaintState(
        s.status,
        s.statusSince,
        s.category,
        s.urgent,
        s.assignee,
        s.referred,
        s.outcome,
        e.seq(),
        e.occurredAt().isAfter(updatedAt) ? e.occurredAt() : updatedAt);
  }

  private ComplaintState triaged(ComplaintEvent.Triaged t, Instant at) {
    var s =
        new ComplaintState(
            status,
            statusSince,
            t.category(),
            t.urgent(),
            assignee,
            referred,
            outcome,
            lastSeq,
            updatedAt);
    return status == ComplaintStatus.RECEIVED ? s.moved(ComplaintStatus.REGISTERED, at, null) : s;
  }

  private ComplaintState moved(ComplaintStatus next, Instant at, @Nullable Outcome out) {
    return new ComplaintState(
        next,
        at,
        category,
        urgent,
        assignee,
        referred || next == ComplaintStatus.REFERRED_TO_PROSECUTOR,
        next == ComplaintStatus.CLOSED ? out : null,
        lastSeq,
        updatedAt);
  }
}
