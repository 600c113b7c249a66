package org.habeas.safeguards.rules;

import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.PENDING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms.RestPeriod;
import org.jspecify.annotations.Nullable;

/**
 * Rest: in each period of custody (Code C 12.2: each 24 h from arrival), an uninterrupted stretch
 * of the required length, free of questioning and of the interrupting events the profile names.
 *
 * <p>Periods are counted from the start, one after another, as Code C counts them. A period is
 * {@code MET} the moment its rest completes, {@code BREACHED} if it ends without one; a period cut
 * short by the end of custody owes nothing.
 */
final class RestPeriods {

  private RestPeriods() {}

  static void judge(Rule rule, RestPeriod terms, RecordFacts f, Verdicts out) {
    if (!f.applies(rule)) {
      out.notApplicable(rule);
      return;
    }
    Start start = f.start(terms.from());
    if (start == null) {
      return;
    }
    List<Instant[]> busy = interruptions(terms, f);
    Instant stop = f.closedAt != null && f.closedAt.isBefore(f.at) ? f.closedAt : f.at;
    for (Instant from = start.at(); from.isBefore(stop); from = from.plus(terms.period())) {
      Instant end = from.plus(terms.period());
      Instant rested = restCompletes(busy, from, end, terms);
      List<Integer> seqs = start.seqs();
      if (rested != null && !rested.isAfter(stop)) {
        out.add(rule, MET, from, end, rested, seqs, null);
      } else if (!f.at.isBefore(end) && (f.closedAt == null || f.closedAt.isAfter(end))) {
        out.add(rule, BREACHED, from, end, null, seqs, Reason.NO_REST);
      } else if (f.closedAt == null) {
        out.add(rule, PENDING, from, end, null, seqs, null);
        out.changesAt(rested);
      }
    }
  }

  /**
   * When the first long enough rest in {@code [from, end)} completes, given no more interruptions
   * than those known; null if none fits.
   */
  private static @Nullable Instant restCompletes(
      List<Instant[]> busy, Instant from, Instant end, RestPeriod terms) {
    Instant free = from;
    for (Instant[] b : busy) {
      if (!b[1].isAfter(free)) {
        continue;
      }
      if (!b[0].isAfter(end) && !free.plus(terms.rest()).isAfter(b[0])) {
        return free.plus(terms.rest());
      }
      if (b[0].isAfter(end)) {
        break;
      }
      free = b[1];
      if (!free.isBefore(end)) {
        return null; // includes a questioning still in progress, which has no end yet
      }
    }
    Instant completes = free.plus(terms.rest());
    return completes.isAfter(end) ? null : completes;
  }

  /**
   * What interrupts rest, in order: each questioning (one in progress never ends), and each
   * interrupting event, an instant long.
   */
  private static List<Instant[]> interruptions(RestPeriod terms, RecordFacts f) {
    List<Instant[]> busy = new ArrayList<>();
    for (Questioning q : f.questionings) {
      var end = q.end();
      busy.add(new Instant[] {q.start().at(), end == null ? Instant.MAX : end.at()});
    }
    for (Fact x : f.all(terms.interruptedBy())) {
      busy.add(new Instant[] {x.at(), x.at()});
    }
    busy.sort((a, b) -> a[0].compareTo(b[0]));
    return busy;
  }
}
