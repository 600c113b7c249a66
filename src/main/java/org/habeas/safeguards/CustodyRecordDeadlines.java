package org.habeas.safeguards;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.RecordDeadlines;
import org.habeas.custody.StoredEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The deadlines custody's board and clock show, from the engine's pending obligations: a rule met
 * by a cell visit is a cell check; one met by a review of detention or a court's decision is a
 * review or court deadline.
 */
@Component
class CustodyRecordDeadlines implements RecordDeadlines {

  private static final Set<String> REVIEW_OR_COURT =
      Set.of("DetentionReviewed", "BroughtBeforeCourt", "RemandOrdered", "ReleaseOrdered");

  private final RecordSafeguards safeguards;
  private final Profiles profiles;

  CustodyRecordDeadlines(RecordSafeguards safeguards, Profiles profiles) {
    this.safeguards = safeguards;
    this.profiles = profiles;
  }

  @Override
  public Coming coming(List<StoredEvent> events, Instant at, Locale locale) {
    if (events.isEmpty()) {
      return Coming.NONE;
    }
    var state = CustodyRecord.replay(events);
    var profile = profiles.inForce(state.jurisdiction().code(), state.apprehendedAt());
    var evaluation = safeguards.evaluate(events, at);
    var pending =
        evaluation.obligations().stream()
            .filter(o -> o.status() == ObligationStatus.PENDING && o.dueAt() != null)
            .sorted(Comparator.comparing(o -> java.util.Objects.requireNonNull(o.dueAt())))
            .toList();
    Due cell = null;
    Due review = null;
    Due next = null;
    for (var o : pending) {
      var rule = profile.rule(o.ruleId()).orElse(null);
      var due = new Due(o.ruleId(), rule == null ? o.ruleId() : rule.title(locale), o.dueAt());
      next = next == null ? due : next;
      var metBy = rule == null ? List.<EventPattern>of() : metBy(rule.terms());
      if (cell == null && metBy.stream().anyMatch(p -> p.type().equals("CellVisited"))) {
        cell = due;
      }
      if (review == null && metBy.stream().anyMatch(p -> REVIEW_OR_COURT.contains(p.type()))) {
        review = due;
      }
    }
    int breached =
        (int)
            evaluation.obligations().stream()
                .filter(o -> o.status() == ObligationStatus.BREACHED)
                .count();
    return new Coming(cell, review, next, breached);
  }

  private static List<EventPattern> metBy(@Nullable RuleTerms terms) {
    return switch (terms) {
      case RuleTerms.Deadline d -> d.metBy();
      case RuleTerms.AbsoluteMax a -> a.metBy();
      case RuleTerms.Periodic p -> p.metBy();
      case RuleTerms.BeforeFirstQuestioning b -> b.metBy();
      case null, default -> List.of();
    };
  }
}
