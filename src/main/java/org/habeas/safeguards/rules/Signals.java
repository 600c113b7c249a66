package org.habeas.safeguards.rules;

import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.LATE;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.PENDING;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.habeas.safeguards.Confidence;
import org.habeas.safeguards.ProfileSettings.OpenTooLong;
import org.habeas.safeguards.Reason;

/** The engine-wide signals every profile gets: late entries and records open too long. */
final class Signals {

  /** The id of the back-dating signal. */
  static final String LATE_ENTRY = "record.late-entry";

  /** The id of the absolute maximum of custody. */
  static final String OPEN_TOO_LONG = "record.open-too-long";

  private static final String LATE_ENTRY_BASIS =
      "Habeas: events recorded long after they happened (IOPC findings on cell checks logged at"
          + " entry time, not when done)";

  private Signals() {}

  /**
   * Each event recorded more than the profile allows after it says it happened is {@code LATE}:
   * entered, but late. Timely events owe nothing, so they do not crowd the list.
   */
  static void lateEntries(RecordFacts f, Verdicts out) {
    lateEntries(f, out, f.apprehension);
  }

  /**
   * {@link #lateEntries} for the facts from {@code from} on: the remand phase's own events, not the
   * apprehension and remand orders it repeats from the police phase (issue 16).
   */
  static void lateEntries(RecordFacts f, Verdicts out, Fact from) {
    Duration allowed = f.profile.settings().lateEntryAfter();
    for (Fact x : f.facts.subList(f.facts.indexOf(from), f.facts.size())) {
      if (Duration.between(x.at(), x.recordedAt()).compareTo(allowed) > 0) {
        out.add(
            LATE_ENTRY,
            LATE_ENTRY_BASIS,
            Confidence.H,
            LATE,
            x.at(),
            x.at().plus(allowed),
            x.recordedAt(),
            List.of(x.seq()),
            Reason.RECORDED_LATE);
      }
    }
  }

  /** Custody ends within the profile's absolute maximum from apprehension, whatever else. */
  static void openTooLong(RecordFacts f, Verdicts out) {
    OpenTooLong max = f.profile.settings().openTooLong();
    Instant start = f.apprehension.at();
    Instant due = start.plus(max.limit());
    List<Integer> seqs = List.of(f.apprehension.seq());
    if (f.closedAt != null) {
      out.add(
          OPEN_TOO_LONG,
          max.basis(),
          max.confidence(),
          f.closedAt.isAfter(due) ? LATE : MET,
          start,
          due,
          f.closedAt,
          seqs,
          null);
    } else {
      out.add(
          OPEN_TOO_LONG,
          max.basis(),
          max.confidence(),
          f.at.isBefore(due) ? PENDING : BREACHED,
          start,
          due,
          null,
          seqs,
          null);
    }
  }
}
