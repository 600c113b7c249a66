package org.habeas.safeguards;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.habeas.custody.RecordJudged;
import org.habeas.custody.RecordJudged.Deadline;
import org.jspecify.annotations.Nullable;

/**
 * What custody keeps of a judged record ({@link RecordJudged}), from the one evaluation the
 * safeguards made: the legal limit of the detention clock, and the deadlines its board and clock
 * show, taken from the pending obligations. A rule met by a cell visit is a cell check; one met by
 * a review of detention or a court's decision is a review or court deadline. Pure: no reads.
 */
public final class Judgements {

  private static final Set<String> REVIEW_OR_COURT =
      Set.of("DetentionReviewed", "BroughtBeforeCourt", "RemandOrdered", "ReleaseOrdered");

  private Judgements() {}

  /**
   * The judgement of a record evaluated under {@code profile}, as of the evaluation's instant.
   *
   * @param profile the profile version the record was judged under (for the rules' titles and what
   *     meets them)
   */
  public static RecordJudged of(String recordId, Evaluation evaluation, Profile profile) {
    var pending =
        evaluation.obligations().stream()
            .filter(o -> o.status() == ObligationStatus.PENDING && o.dueAt() != null)
            .sorted(Comparator.comparing(o -> Objects.requireNonNull(o.dueAt())))
            .toList();
    Deadline cell = null;
    Deadline review = null;
    Deadline next = null;
    for (var o : pending) {
      var rule = profile.rule(o.ruleId()).orElse(null);
      var due = new Deadline(o.ruleId(), titles(rule), Objects.requireNonNull(o.dueAt()));
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
    return new RecordJudged(
        recordId,
        evaluation.at(),
        evaluation.limit().map(DetentionLimit::until).orElse(null),
        cell,
        review,
        next,
        breached);
  }

  /** The rule's title by language; none for a rule the profile does not have (its id shows). */
  private static Map<String, String> titles(@Nullable Rule rule) {
    if (rule == null) {
      return Map.of();
    }
    var t = rule.title();
    return Map.of("kk", t.kk(), "ru", t.ru(), "en", t.en());
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
