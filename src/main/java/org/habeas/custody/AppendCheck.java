package org.habeas.custody;

import static org.habeas.custody.CustodyRuleViolation.FUTURE_EVENT;
import static org.habeas.custody.CustodyRuleViolation.OUT_OF_ORDER;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether an event may join a custody record: the {@code record.out-of-order} rule.
 *
 * <p>Events are placed by when they happened, so a late entry can break a pair that was fine before
 * (an end of questioning typed in between a start and its end): the whole timeline is walked again
 * with the candidate in place, rather than only the candidate against the last state.
 */
final class AppendCheck {

  /** Clocks of phones and station PCs drift; a few minutes ahead is not yet a made-up event. */
  static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

  private AppendCheck() {}

  static CustodyRecord check(List<StoredEvent> existing, CustodyEvent candidate, Instant now) {
    Objects.requireNonNull(candidate.occurredAt(), "occurredAt");
    notInFuture(candidate, now, "");
    if (candidate instanceof Corrected c) {
      Objects.requireNonNull(c.replacement(), "replacement");
      notInFuture(c.replacement(), now, "replacement.");
    }
    EventBounds.check(existing, candidate);
    checkShape(existing, candidate);

    int seq = existing.stream().mapToInt(StoredEvent::seq).max().orElse(0) + 1;
    List<StoredEvent> all = new ArrayList<>(existing);
    all.add(new StoredEvent(seq, candidate, now, null, null));

    // A violation shows at the event where the timeline stops making sense; it is the candidate's
    // fault either way, so it is reported on the candidate's own fields.
    String prefix = candidate instanceof Corrected ? "replacement." : "";
    int candidateSeq = candidate instanceof Corrected c ? c.correctsSeq() : seq;
    Optional<Conflict> conflict = newConflict(existing, all, candidateSeq);
    if (conflict.isPresent()) {
      Conflict c = conflict.get();
      String field = c.seq() == candidateSeq ? c.violation().field() : "occurredAt";
      throw c.violation().onField(prefix + field);
    }
    return CustodyRecord.replay(all);
  }

  /**
   * The first contradiction the candidate brings in. One already stored is not the candidate's
   * doing (rules may have changed since), and neither is a questioning typed in from paper that
   * runs into a later one until its end is typed in too: questioning is entered start first.
   */
  private static Optional<Conflict> newConflict(
      List<StoredEvent> existing, List<StoredEvent> all, int candidateSeq) {
    List<Conflict> before = TimelineWalk.conflicts(Timeline.effective(existing));
    return TimelineWalk.conflicts(Timeline.effective(all)).stream()
        .filter(c -> before.stream().noneMatch(c::sameAs))
        .filter(c -> !awaitsItsEnd(c, candidateSeq))
        .findFirst();
  }

  private static boolean awaitsItsEnd(Conflict c, int candidateSeq) {
    return c.seq() != candidateSeq
        && c.questioningSeq() == candidateSeq
        && c.violation().code().equals("custody.rule.interrogation-in-progress");
  }

  private static void notInFuture(CustodyEvent event, Instant now, String prefix) {
    if (event.occurredAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
      throw new CustodyRuleViolation(
          FUTURE_EVENT,
          "custody.rule.future-event",
          prefix + "occurredAt",
          event.occurredAt(),
          now);
    }
  }

  /** The rules about which event may come at all, wherever it is placed. */
  private static void checkShape(List<StoredEvent> existing, CustodyEvent candidate) {
    if (existing.isEmpty() && !(candidate instanceof Apprehended)) {
      throw refused("custody.rule.first-not-apprehended", "type", candidate.type());
    }
    if (!existing.isEmpty() && candidate instanceof Apprehended) {
      throw refused("custody.rule.second-apprehension", "type", apprehendedAt(existing));
    }
    if (candidate instanceof Corrected c) {
      StoredEvent original =
          existing.stream()
              .filter(s -> s.seq() == c.correctsSeq())
              .findFirst()
              .orElseThrow(
                  () ->
                      refused(
                          "custody.rule.correction-unknown-event",
                          "correctsSeq",
                          seqArg(c.correctsSeq())));
      if (original.event() instanceof Corrected) {
        throw refused(
            "custody.rule.correction-of-correction", "correctsSeq", seqArg(c.correctsSeq()));
      }
      if (!original.type().equals(c.replacement().type())) {
        throw refused(
            "custody.rule.correction-type-mismatch",
            "replacement.type",
            seqArg(c.correctsSeq()),
            original.type(),
            c.replacement().type());
      }
    }
  }

  private static Instant apprehendedAt(List<StoredEvent> existing) {
    return Timeline.effective(existing).stream()
        .map(StoredEvent::event)
        .filter(Apprehended.class::isInstance)
        .map(CustodyEvent::occurredAt)
        .findFirst()
        .orElseThrow();
  }

  // A seq goes into a message as text, so that no locale puts a thousands separator in it.
  private static String seqArg(int seq) {
    return Integer.toString(seq);
  }

  static CustodyRuleViolation refused(String code, String field, Object... args) {
    return new CustodyRuleViolation(OUT_OF_ORDER, code, field, args);
  }

  /**
   * An event at which a timeline contradicts itself, and why.
   *
   * @param seq the event at which the contradiction shows
   * @param questioningSeq the seq of the last questioning started before it, 0 if none
   */
  record Conflict(int seq, int questioningSeq, CustodyRuleViolation violation) {

    boolean sameAs(Conflict other) {
      return seq == other.seq && violation.code().equals(other.violation.code());
    }
  }
}
