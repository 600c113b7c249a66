package org.habeas.custody;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.habeas.custody.CustodyRecordViews.Listed;

/**
 * A line of the board from a row of the read model: its columns, the facts the board keeps ({@link
 * BoardFacts}) and the record's last judgement by safeguards ({@link RecordJudged}), with no
 * history loaded, no replay and no engine. The name is decided by the caller ({@link
 * CustodyAccess}), which logs its read.
 */
final class BoardLines {

  private BoardLines() {}

  /**
   * The line of a listed record.
   *
   * @param shown the name shown: the person's, or the record's pseudonym
   * @param now the instant the board is drawn at (time held counts on while the person is held)
   */
  static Board.Line line(
      Listed listed, BoardFacts facts, String shown, Instant now, Locale locale) {
    var r = listed.summary();
    boolean open = r.status() == RecordStatus.OPEN;
    boolean held = open || r.status() == RecordStatus.REMANDED;
    // On remand the person is still held: the time counts on, the police limit no longer.
    var end = held || r.closedAt() == null ? now : r.closedAt();
    var heldFor = Duration.between(r.apprehendedAt(), end);
    var limit = Duration.between(r.apprehendedAt(), r.limitAt());
    return new Board.Line(
        r.id(),
        shown,
        r.facilityId(),
        facts.cell(),
        r.apprehendedAt(),
        r.limitAt(),
        heldFor,
        level(open, heldFor, limit),
        held ? RecordDeadlines.Coming.of(listed.judged(), locale) : RecordDeadlines.Coming.NONE,
        facts.flags(),
        r.jurisdiction(),
        open,
        r.status() == RecordStatus.REMANDED ? CustodyPhase.REMAND : CustodyPhase.POLICE);
  }

  static DetentionClock.Level level(boolean open, Duration held, Duration limit) {
    if (!open) {
      return DetentionClock.Level.CLOSED;
    }
    if (held.compareTo(limit) > 0) {
      return DetentionClock.Level.RED;
    }
    return held.toMillis() * 4 >= limit.toMillis() * 3
        ? DetentionClock.Level.AMBER
        : DetentionClock.Level.GREEN;
  }
}
