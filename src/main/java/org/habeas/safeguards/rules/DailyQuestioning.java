package org.habeas.safeguards.rules;

import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.PENDING;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms.PerDayTotal;
import org.jspecify.annotations.Nullable;

/**
 * Questioning per calendar day: its total in one day of the facility's own zone stays within the
 * limit (CPC art. 210: 8 h, 4 h for a juvenile). A questioning across midnight counts in both days.
 *
 * <p>A day stands {@code MET} while its total so far is within the limit; a questioning in progress
 * makes it {@code PENDING}, due when the total would reach the limit.
 */
final class DailyQuestioning {

  private DailyQuestioning() {}

  static void judge(Rule rule, PerDayTotal terms, RecordFacts f, Verdicts out) {
    if (!f.applies(rule)) {
      out.notApplicable(rule);
      return;
    }
    Duration limit = f.limit(terms.limit(), null, f.at);
    Map<LocalDate, Day> days = new TreeMap<>();
    for (Questioning q : f.questionings) {
      ZoneId zone = q.start().zone();
      Instant end = q.endOr(f.at);
      Instant from = q.start().at();
      while (from.isBefore(end)) {
        LocalDate date = LocalDate.ofInstant(from, zone);
        Instant midnight = date.plusDays(1).atStartOfDay(zone).toInstant();
        Instant until = end.isBefore(midnight) ? end : midnight;
        Day day =
            days.computeIfAbsent(date, d -> new Day(d.atStartOfDay(zone).toInstant(), midnight));
        day.add(from, until, limit, q, q.inProgress() && until.equals(end));
        from = until;
      }
    }
    for (Day day : days.values()) {
      if (day.reachedAt != null && (day.total.compareTo(limit) > 0 || day.inProgress)) {
        out.add(rule, BREACHED, day.start, day.reachedAt, null, day.seqs, Reason.LIMIT_EXCEEDED);
      } else if (day.inProgress) {
        Instant due = f.at.plus(limit.minus(day.total));
        // Past midnight the day's total stops growing and stands met; a new day starts counting.
        boolean reachable = due.isBefore(day.end);
        out.add(rule, PENDING, day.start, reachable ? due : null, null, day.seqs, null);
        out.changesAt(reachable ? due : day.end);
      } else {
        out.add(rule, MET, day.start, null, day.lastEnd, day.seqs, null);
      }
    }
  }

  /** One calendar day's questioning so far. */
  private static final class Day {
    final Instant start;
    final Instant end;
    Duration total = Duration.ZERO;
    @Nullable Instant reachedAt;
    @Nullable Instant lastEnd;
    boolean inProgress;
    final List<Integer> seqs = new ArrayList<>();

    Day(Instant start, Instant end) {
      this.start = start;
      this.end = end;
    }

    void add(Instant from, Instant until, Duration limit, Questioning q, boolean ongoing) {
      Duration part = Duration.between(from, until);
      if (reachedAt == null && total.plus(part).compareTo(limit) >= 0) {
        reachedAt = from.plus(limit.minus(total));
      }
      total = total.plus(part);
      lastEnd = until;
      inProgress = ongoing;
      for (Integer seq : q.seqs()) {
        if (!seqs.contains(seq)) {
          seqs.add(seq);
        }
      }
    }
  }
}
