package org.habeas.safeguards.rules;

import static org.habeas.safeguards.ObligationStatus.BREACHED;
import static org.habeas.safeguards.ObligationStatus.MET;
import static org.habeas.safeguards.ObligationStatus.PENDING;
import static org.habeas.safeguards.ObligationStatus.WAIVED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms.NightWindow;

/**
 * No questioning at night, facility time (22:00 to 06:00 in Kazakhstan), unless a reason of urgency
 * is recorded when it starts.
 *
 * <p>Each questioning is due to end by the night that follows its start; one that reaches into the
 * night is a breach, or waived for urgency. Night is found in the zone of the facility where the
 * questioning happened, by the tz database, so a change of offset moves it with the clocks.
 */
final class NightQuestioning {

  private NightQuestioning() {}

  static void judge(Rule rule, NightWindow terms, RecordFacts f, Verdicts out) {
    if (!f.applies(rule)) {
      out.notApplicable(rule);
      return;
    }
    for (Questioning q : f.questionings) {
      Instant start = q.start().at();
      Instant night = nightFrom(start, q.start().zone(), terms);
      String urgency = q.started().urgencyReason();
      boolean urgent = terms.urgencyWaives() && urgency != null && !urgency.isBlank();
      boolean atNight = q.inProgress() ? !f.at.isBefore(night) : q.endOr(f.at).isAfter(night);
      if (atNight) {
        out.add(
            rule,
            urgent ? WAIVED : BREACHED,
            start,
            night,
            null,
            q.seqs(),
            urgent ? Reason.URGENCY : Reason.AT_NIGHT);
      } else if (q.inProgress()) {
        out.add(rule, PENDING, start, night, null, q.seqs(), null);
      } else {
        out.add(rule, MET, start, night, q.endOr(f.at), q.seqs(), null);
      }
    }
  }

  /** The first instant at or after {@code t} that is in the night window. */
  static Instant nightFrom(Instant t, ZoneId zone, NightWindow w) {
    ZonedDateTime local = t.atZone(zone);
    LocalTime time = local.toLocalTime();
    if (inWindow(time, w)) {
      return t;
    }
    LocalDate date = local.toLocalDate();
    // Outside the window, its next start is today's unless today's has already passed.
    if (!time.isBefore(w.from())) {
      date = date.plusDays(1);
    }
    return ZonedDateTime.of(date, w.from(), zone).toInstant();
  }

  static boolean inWindow(LocalTime time, NightWindow w) {
    return w.from().isAfter(w.to())
        ? !time.isBefore(w.from()) || time.isBefore(w.to())
        : !time.isBefore(w.from()) && time.isBefore(w.to());
  }
}
