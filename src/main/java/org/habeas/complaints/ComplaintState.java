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
   * Folds the entries, in seq order. Entry types this fold does not know (the case file's) only
   * move {@code lastSeq} and {@code updatedAt}.
   *
   * @throws IllegalArgumentException if the first entry is not the lodging
   */
  public static ComplaintState fold(List<ComplaintEntry> entries) {
    if (entries.isEmpty() || !ComplaintEntry.LODGED.equals(entries.getFirst().type())) {
      throw new IllegalArgumentException("a complaint's timeline starts with its lodging");
    }
    var first = entries.getFirst();
    var state =
        new ComplaintState(
            ComplaintStatus.RECEIVED,
            first.occurredAt(),
            category(first.text("category")),
            Boolean.TRUE.equals(first.details().get("stillHeld")),
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
    var s = this;
    switch (e.type()) {
      case ComplaintEntry.TRIAGED -> {
        var cat = category(e.text("category"));
        boolean urg = Boolean.TRUE.equals(e.details().get("urgent"));
        s =
            new ComplaintState(
                status, statusSince, cat, urg, assignee, referred, outcome, lastSeq, updatedAt);
        if (status == ComplaintStatus.RECEIVED) {
          s = s.moved(ComplaintStatus.REGISTERED, e.occurredAt(), null);
        }
      }
      case ComplaintEntry.ASSIGNED ->
          s =
              new ComplaintState(
                  status,
                  statusSince,
                  category,
                  urgent,
                  e.text("assignee"),
                  referred,
                  outcome,
                  lastSeq,
                  updatedAt);
      case ComplaintEntry.STATUS_CHANGED -> {
        var next = ComplaintStatus.valueOf(String.valueOf(e.text("status")));
        var out = e.text("outcome");
        s = moved(next, e.occurredAt(), out == null ? null : Outcome.valueOf(out));
      }
      default -> {}
    }
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

  private static @Nullable Category category(@Nullable String name) {
    return name == null || name.isBlank() ? null : Category.valueOf(name);
  }
}
