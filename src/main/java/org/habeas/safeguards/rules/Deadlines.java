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
import org.habeas.safeguards.RuleTerms.AbsoluteMax;
import org.habeas.safeguards.RuleTerms.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * Deadlines: a clock starts, and something must happen before it runs out (a judge within 48 h,
 * relatives told within 12 h, a doctor within 24 h of each injury).
 *
 * <p>Met by its limit it is {@code MET}, after it {@code LATE}; unmet at the due instant it is
 * {@code BREACHED}. Custody that ends before the due instant ends the duty ({@code
 * NOT_APPLICABLE}), except for duties that outlive it, like reporting ill-treatment. A recorded
 * refusal ({@code failedBy}, e.g. registration of a report refused) breaches it at once, unless it
 * was met on time all the same.
 */
final class Deadlines {

  private Deadlines() {}

  static void judge(Rule rule, AbsoluteMax terms, RecordFacts f, Verdicts out) {
    // No extension reaches an absolute maximum: no rule may name it, and it has no clause.
    judge(
        rule,
        new Deadline(
            terms.from(),
            false,
            terms.metBy(),
            terms.limit(),
            null,
            null,
            null,
            false,
            false,
            false,
            List.of()),
        f,
        out);
  }

  static void judge(Rule rule, Deadline terms, RecordFacts f, Verdicts out) {
    if (!f.applies(rule)) {
      out.notApplicable(rule);
      return;
    }
    if (terms.each()) {
      for (Fact start : f.all(terms.from())) {
        Instant due =
            f.due(
                new Start(start.at(), start),
                f.limit(terms.limit(), start, start.at()),
                terms.courtDays());
        Fact met = f.firstFrom(terms.metBy(), start.at());
        Fact failed = f.firstFrom(terms.failedBy(), start.at());
        outcome(
            rule, terms, f, out, new Start(start.at(), start), due, met, failed, List.of(), null);
      }
    } else {
      DeadlineClock clock = DeadlineClock.of(rule, terms, f);
      Reason reason = null;
      if (clock.judgements().stream().anyMatch(j -> !j.lawful())) {
        reason = Reason.EXTENSION_IGNORED;
      } else if (!clock.extendedBy().isEmpty()) {
        reason = Reason.EXTENDED;
      }
      Fact met = f.first(terms.metBy());
      Fact failed =
          clock.start() == null ? null : f.firstFrom(terms.failedBy(), clock.start().at());
      outcome(
          rule, terms, f, out, clock.start(), clock.due(), met, failed, clock.extendedBy(), reason);
    }
    if (terms.delays() != null) {
      Delays.judge(
          rule, terms.delays().right(), terms.delays().by(), terms.delays().until(), f, out);
    }
  }

  private static void outcome(
      Rule rule,
      Deadline terms,
      RecordFacts f,
      Verdicts out,
      @Nullable Start start,
      @Nullable Instant due,
      @Nullable Fact met,
      @Nullable Fact failed,
      List<Integer> extensions,
      @Nullable Reason reason) {
    List<Integer> seqs = new ArrayList<>();
    Instant startedAt = null;
    if (start != null) {
      seqs.addAll(start.seqs());
      startedAt = start.at();
    }
    if (met != null) {
      seqs.add(met.seq());
    }
    seqs.addAll(extensions);
    boolean metOnTime = met != null && (due == null || !met.at().isAfter(due));
    if (failed != null && !metOnTime && (met == null || failed.at().isBefore(met.at()))) {
      // A recorded refusal is the breach itself, at once: it does not wait for the limit.
      seqs.add(failed.seq());
      out.add(rule, BREACHED, startedAt, due, met == null ? null : met.at(), seqs, Reason.REFUSED);
      return;
    }
    if (met != null) {
      boolean onTime = due == null || !met.at().isAfter(due);
      out.add(rule, onTime ? MET : LATE, startedAt, due, met.at(), seqs, reason);
    } else if (due == null) {
      // The clock has not started: custody may end first, else it waits for its start.
      boolean ended = f.closedAt != null && !terms.survivesRelease();
      out.add(
          rule,
          ended ? NOT_APPLICABLE : PENDING,
          startedAt,
          null,
          null,
          seqs,
          ended ? Reason.ENDED_BEFORE_DUE : reason);
    } else if (f.closedAt != null && !terms.survivesRelease() && !f.closedAt.isAfter(due)) {
      out.add(rule, NOT_APPLICABLE, startedAt, due, null, seqs, Reason.ENDED_BEFORE_DUE);
    } else {
      out.add(rule, f.at.isBefore(due) ? PENDING : BREACHED, startedAt, due, null, seqs, reason);
    }
  }
}
