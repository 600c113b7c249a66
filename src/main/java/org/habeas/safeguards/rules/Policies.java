package org.habeas.safeguards.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.habeas.custody.StoredEvent;
import org.habeas.safeguards.DetentionLimit;
import org.habeas.safeguards.Evaluation;
import org.habeas.safeguards.FacilityZones;
import org.habeas.safeguards.Profile;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms;
import org.habeas.safeguards.RuleTerms.Deadline;
import org.jspecify.annotations.Nullable;

/** Every rule of a profile judged against a record, one policy per kind of rule. */
public final class Policies {

  private Policies() {}

  /** See {@link org.habeas.safeguards.SafeguardEngine#evaluate}. */
  public static Evaluation evaluate(
      List<StoredEvent> events, Profile profile, FacilityZones zones, Instant at) {
    RecordPhases phases = RecordPhases.of(events, profile, zones, at);
    if (phases == null) {
      return new Evaluation(at, List.of(), null, null);
    }
    // Police rules judge police custody, up to the hand-over to a remand prison, as before issue
    // 16; remand rules judge the remand phase, and only a record that has one.
    RecordFacts f = phases.police();
    Verdicts out = new Verdicts(at);
    for (Rule rule : profile.rules()) {
      if (rule.remand()) {
        if (phases.remand() != null) {
          out.judging(rule, phases.remand().stop(rule.until()));
          judge(rule, phases.remand(), out);
        }
      } else {
        out.judging(rule, f.stop(rule.until()));
        judge(rule, f, out);
      }
    }
    out.judging(null, null);
    Signals.lateEntries(f, out);
    if (phases.remand() != null) {
      Signals.lateEntries(phases.remand(), out, Objects.requireNonNull(phases.remandArrival()));
    }
    Signals.openTooLong(f, out);
    return new Evaluation(at, out.obligations(), out.next(), detentionLimit(f));
  }

  private static void judge(Rule rule, RecordFacts f, Verdicts out) {
    switch (rule.terms()) {
      case RuleTerms.Deadline t -> Deadlines.judge(rule, t, f, out);
      case RuleTerms.AbsoluteMax t -> Deadlines.judge(rule, t, f, out);
      case RuleTerms.BeforeFirstQuestioning t -> BeforeFirstQuestioning.judge(rule, t, f, out);
      case RuleTerms.EveryQuestioning t -> EveryQuestioning.judge(rule, t, f, out);
      case RuleTerms.ContinuousMax t -> ContinuousQuestioning.judge(rule, t, f, out);
      case RuleTerms.PerDayTotal t -> DailyQuestioning.judge(rule, t, f, out);
      case RuleTerms.NightWindow t -> NightQuestioning.judge(rule, t, f, out);
      case RuleTerms.Periodic t -> PeriodicChecks.judge(rule, t, f, out);
      case RuleTerms.RestPeriod t -> RestPeriods.judge(rule, t, f, out);
      case RuleTerms.ExtensionOf t -> Extensions.judge(rule, t, f, out);
      case RuleTerms.DelayAuthorisation t ->
          Delays.judge(rule, t.right(), t.by(), List.of(), f, out);
      case RuleTerms.ForbiddenAfter t -> Prohibitions.judge(rule, t, f, out);
    }
  }

  /**
   * The clock deadline that applies to this person and runs out first, with its lawful extensions.
   */
  private static @Nullable DetentionLimit detentionLimit(RecordFacts f) {
    List<DetentionLimit> limits = new ArrayList<>();
    Set<String> met = new HashSet<>();
    for (Rule rule : f.profile.rules()) {
      if (rule.remand()
          || !(rule.terms() instanceof Deadline d)
          || !d.clock()
          || !f.applies(rule)
          || f.stop(rule.until()) != null) {
        continue;
      }
      DeadlineClock clock = DeadlineClock.of(rule, d, f);
      if (clock.anchor() == null || clock.base() == null || clock.due() == null) {
        continue;
      }
      // Met as the rule judges it: for one obligation per start, only at or after that start.
      var metBy =
          d.each() && clock.start() != null
              ? f.firstFrom(d.metBy(), clock.start().at())
              : f.first(d.metBy());
      if (metBy != null) {
        met.add(rule.id());
      }
      var limit =
          new DetentionLimit(
              rule.id(),
              clock.anchor().at(),
              clock.due(),
              Duration.between(clock.anchor().at(), clock.base()),
              clock.extendedBy());
      limits.add(limit);
    }
    // A clock already met (charged within 24 h) gives way to one that started and still runs
    // (held for the court after charge); with one clock rule per record, as every record without a
    // charge has, this is that rule's clock.
    boolean running = limits.stream().anyMatch(l -> !met.contains(l.ruleId()));
    DetentionLimit earliest = null;
    for (DetentionLimit limit : limits) {
      if (running && met.contains(limit.ruleId())) {
        continue;
      }
      if (earliest == null || limit.until().isBefore(earliest.until())) {
        earliest = limit;
      }
    }
    return earliest;
  }
}
