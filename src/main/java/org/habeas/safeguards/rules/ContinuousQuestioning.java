package org.habeas.safeguards.rules;

import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.PENDING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms.ContinuousMax;
import org.jspecify.annotations.Nullable;

/**
 * Continuous questioning: from its start to its end, a session lasts at most the limit (CPC art.
 * 210: 4 h, 2 h for a juvenile).
 *
 * <p>Only a break of at least {@code minBreak} ends a session: questionings with a shorter pause
 * between them are one session, and the pause counts, since the law asks for a break to rest and
 * eat, not for a stop of the recorder.
 */
final class ContinuousQuestioning {

  private ContinuousQuestioning() {}

  static void judge(Rule rule, ContinuousMax terms, RecordFacts f, Verdicts out) {
    if (!f.applies(rule)) {
      out.notApplicable(rule);
      return;
    }
    Duration limit = f.limit(terms.limit(), null, f.at);
    for (Session s : sessions(f.questionings, terms.minBreak())) {
      Instant due = s.start.plus(limit);
      if (s.end != null) {
        boolean within = !s.end.isAfter(due);
        out.add(
            rule,
            within ? MET : BREACHED,
            s.start,
            due,
            within ? s.end : null,
            s.seqs,
            within ? null : Reason.LIMIT_EXCEEDED);
      } else if (f.at.isBefore(due)) {
        out.add(rule, PENDING, s.start, due, null, s.seqs, null);
      } else {
        out.add(rule, BREACHED, s.start, due, null, s.seqs, Reason.LIMIT_EXCEEDED);
      }
    }
  }

  private static final class Session {
    final Instant start;
    @Nullable Instant end;
    final List<Integer> seqs = new ArrayList<>();

    Session(Instant start) {
      this.start = start;
    }
  }

  private static List<Session> sessions(List<Questioning> questionings, Duration minBreak) {
    List<Session> sessions = new ArrayList<>();
    Session current = null;
    for (Questioning q : questionings) {
      Instant start = q.start().at();
      boolean continues =
          current != null
              && current.end != null
              && Duration.between(current.end, start).compareTo(minBreak) < 0;
      if (current == null || !continues) {
        current = new Session(start);
        sessions.add(current);
      }
      current.end = q.end() == null ? null : q.end().at();
      current.seqs.addAll(q.seqs());
    }
    return sessions;
  }
}
