package org.habeas.safeguards.rules;

import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.LATE;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.PENDING;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.habeas.custody.CellVisited;
import org.habeas.safeguards.EventPattern;
import org.habeas.safeguards.Limit;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms.Periodic;
import org.jspecify.annotations.Nullable;

/**
 * A chain of checks, each due within an interval of the one before: cell visits (hourly,
 * half-hourly once a visit found the person intoxicated), reviews of detention (every 9 h).
 *
 * <p>Each interval owes one obligation. A check on time is {@code MET}, a late one {@code LATE}.
 * The chain stops while the person is out of the cell (questioning, a transfer) and at the end of
 * custody, and starts again with a {@code from} event; an interval that was already overdue when it
 * stopped is a missed check.
 */
final class PeriodicChecks {

  private PeriodicChecks() {}

  static void judge(Rule rule, Periodic terms, RecordFacts f, Verdicts out) {
    if (!f.applies(rule)) {
      out.notApplicable(rule);
      return;
    }
    Fact anchor = null;
    boolean intoxicated = false;
    for (Fact x : f.facts) {
      if (EventPattern.any(terms.metBy(), x.event())) {
        if (anchor != null) {
          Instant due = due(f, terms.limit(), anchor, intoxicated);
          boolean onTime = !x.at().isAfter(due);
          out.add(rule, onTime ? MET : LATE, anchor.at(), due, x.at(), seqs(anchor, x), null);
        }
        anchor = x;
      } else if (anchor != null && stops(terms, f, x)) {
        Instant due = due(f, terms.limit(), anchor, intoxicated);
        if (x.at().isAfter(due)) {
          out.add(rule, BREACHED, anchor.at(), due, null, seqs(anchor, x), Reason.CHECK_MISSED);
        }
        anchor = null;
      } else if (anchor == null
          && EventPattern.any(terms.from(), x.event())
          && !f.closedBy(x.at())) {
        anchor = x;
      }
      if (x.event() instanceof CellVisited v) {
        intoxicated = Boolean.TRUE.equals(v.intoxicated());
      }
    }
    if (anchor != null) {
      Instant due = due(f, terms.limit(), anchor, intoxicated);
      boolean overdue = !f.at.isBefore(due);
      out.add(
          rule, overdue ? BREACHED : PENDING, anchor.at(), due, null, List.of(anchor.seq()), null);
    }
  }

  private static boolean stops(Periodic terms, RecordFacts f, Fact x) {
    return EventPattern.any(terms.pausedBy(), x.event()) || f.closedBy(x.at());
  }

  /**
   * When the check after {@code anchor} is due; the intoxicated variant holds when the last cell
   * visit, up to and including the anchor, said so.
   */
  private static Instant due(RecordFacts f, Limit limit, Fact anchor, boolean intoxicated) {
    Duration shortest = f.limit(without(limit), anchor, anchor.at());
    Duration drunk = limit.variants().get("intoxicated");
    if (intoxicated && drunk != null && drunk.compareTo(shortest) < 0) {
      shortest = drunk;
    }
    return anchor.at().plus(shortest);
  }

  /** The limit without its intoxication variant, which the chain tracks as it goes. */
  private static Limit without(Limit limit) {
    if (!limit.variants().containsKey("intoxicated")) {
      return limit;
    }
    var rest = new HashMap<>(limit.variants());
    rest.remove("intoxicated");
    return new Limit(limit.base(), rest);
  }

  private static List<Integer> seqs(Fact anchor, @Nullable Fact x) {
    return x == null ? List.of(anchor.seq()) : List.of(anchor.seq(), x.seq());
  }
}
