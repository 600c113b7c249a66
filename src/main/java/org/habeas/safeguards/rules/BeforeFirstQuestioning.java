package org.habeas.safeguards.rules;

import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.LATE;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.NOT_APPLICABLE;
import static org.habeas.safeguards.ObligationStatus.PENDING;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms;
import org.jspecify.annotations.Nullable;

/**
 * Things owed before anyone asks a question: rights explained, an interpreter assigned.
 *
 * <p>A questioning before it is met is a breach whenever the duty is met afterwards: the person was
 * already questioned without it. Within that, a time limit (rights within 3 h) makes a later
 * meeting {@code LATE}.
 */
final class BeforeFirstQuestioning {

  private BeforeFirstQuestioning() {}

  static void judge(
      Rule rule, RuleTerms.BeforeFirstQuestioning terms, RecordFacts f, Verdicts out) {
    if (!f.applies(rule)) {
      out.notApplicable(rule);
      return;
    }
    Questioning first = f.questionings.isEmpty() ? null : f.questionings.getFirst();
    Fact met = f.first(terms.metBy());
    Start start = f.start(terms.from());
    Instant startedAt = start == null ? null : start.at();
    Instant due = start == null || terms.limit() == null ? null : start.at().plus(terms.limit());
    List<Integer> seqs = new ArrayList<>();
    if (start != null) {
      seqs.addAll(start.seqs());
    }
    if (met != null) {
      seqs.add(met.seq());
    }
    if (met != null && (first == null || !met.at().isAfter(first.start().at()))) {
      boolean onTime = due == null || !met.at().isAfter(due);
      out.add(rule, onTime ? MET : LATE, startedAt, due, met.at(), seqs, null);
    } else if (first != null) {
      seqs.add(first.start().seq());
      out.add(rule, BREACHED, startedAt, due, at(met), seqs, Reason.QUESTIONED_BEFORE);
    } else if (f.closedAt != null && (due == null || !f.closedAt.isAfter(due))) {
      out.add(rule, NOT_APPLICABLE, startedAt, due, null, seqs, Reason.ENDED_BEFORE_DUE);
    } else {
      boolean overdue = due != null && !f.at.isBefore(due);
      out.add(rule, overdue ? BREACHED : PENDING, startedAt, due, null, seqs, null);
    }
  }

  private static @Nullable Instant at(@Nullable Fact f) {
    return f == null ? null : f.at();
  }
}
