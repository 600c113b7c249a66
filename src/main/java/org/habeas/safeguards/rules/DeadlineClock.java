package org.habeas.safeguards.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.habeas.custody.DetentionExtended;
import org.habeas.custody.DetentionReviewed;
import org.habeas.safeguards.EventPattern;
import org.habeas.safeguards.Extension;
import org.habeas.safeguards.Reason;
import org.habeas.safeguards.Rule;
import org.habeas.safeguards.RuleTerms.Deadline;
import org.habeas.safeguards.RuleTerms.ExtensionOf;
import org.jspecify.annotations.Nullable;

/**
 * The clock of a deadline rule with one start: when it started, when it is due, and which
 * extensions lawfully moved it.
 *
 * @param start when the clock started, null until its start event happens
 * @param anchor where the limit is counted from (the start, or e.g. the relevant time)
 * @param base the due instant before any extension
 * @param due the due instant after the lawful extensions
 * @param judgements every extension on record, as judged
 */
record DeadlineClock(
    @Nullable Start start,
    @Nullable Start anchor,
    @Nullable Instant base,
    @Nullable Instant due,
    List<ExtensionJudgement> judgements) {

  static DeadlineClock of(Rule rule, Deadline terms, RecordFacts f) {
    Start start = f.start(terms.from());
    Start anchor = terms.measuredFrom() == null ? start : f.start(List.of(terms.measuredFrom()));
    if (start == null || anchor == null) {
      return new DeadlineClock(start, anchor, null, null, List.of());
    }
    Duration limit = f.limit(terms.limit(), start.fact(), start.at());
    Instant base = f.due(anchor, limit, terms.courtDays());
    List<Judge> judges = judges(rule, terms, f);
    Instant due = base;
    List<ExtensionJudgement> judgements = new ArrayList<>();
    if (!judges.isEmpty()) {
      for (Fact x : f.all(List.of(EventPattern.of("DetentionExtended")))) {
        ExtensionJudgement j = judge(pick(judges, x), x, anchor.at(), due, f);
        judgements.add(j);
        if (j.lawful() && j.until() != null && j.until().isAfter(due)) {
          due = j.until();
        }
      }
    }
    return new DeadlineClock(start, anchor, base, due, List.copyOf(judgements));
  }

  /** The seqs of the extensions that moved the deadline. */
  List<Integer> extendedBy() {
    return judgements.stream()
        .filter(ExtensionJudgement::lawful)
        .map(j -> j.extension().seq())
        .toList();
  }

  /** Who may judge an extension of this rule: its own clause, then the rules that extend it. */
  private record Judge(String ruleId, Extension extension) {}

  private static List<Judge> judges(Rule rule, Deadline terms, RecordFacts f) {
    List<Judge> judges = new ArrayList<>();
    if (terms.extension() != null) {
      judges.add(new Judge(rule.id(), terms.extension()));
    }
    for (Rule r : f.profile.rules()) {
      if (r.terms() instanceof ExtensionOf x && x.extendsRule().equals(rule.id())) {
        judges.add(new Judge(r.id(), x.extension()));
      }
    }
    return judges;
  }

  /**
   * The rule an extension claims to be under: the first that names its rank, else the first that
   * allows any rank, else the first, which will find the rank wrong.
   */
  private static Judge pick(List<Judge> judges, Fact x) {
    String rank = ((DetentionExtended) x.event()).rank();
    for (Judge j : judges) {
      if (!j.extension().by().ranks().isEmpty() && j.extension().by().allowsRank(rank)) {
        return j;
      }
    }
    return judges.stream()
        .filter(j -> j.extension().by().ranks().isEmpty())
        .findFirst()
        .orElse(judges.getFirst());
  }

  private static ExtensionJudgement judge(
      Judge judge, Fact x, Instant anchor, Instant dueInForce, RecordFacts f) {
    DetentionExtended e = (DetentionExtended) x.event();
    Extension spec = judge.extension();
    // Granted after the limit in force ran out, an extension cannot revive it.
    Instant latest = dueInForce;
    if (spec.before() != null && anchor.plus(spec.before()).isBefore(latest)) {
      latest = anchor.plus(spec.before());
    }
    Reason refused = null;
    if (!spec.by().allowsRank(e.rank())) {
      refused = Reason.RANK_NOT_ALLOWED;
    } else if (!spec.by().requires().stream().allMatch(f::holds)) {
      refused = Reason.CASE_NOT_ELIGIBLE;
    } else if (spec.by().notInvolved()
        && f.interrogators.contains(RecordFacts.name(e.authorisedBy()))) {
      refused = Reason.INVOLVED_IN_CASE;
    } else if (reviewsBefore(f, x) < spec.afterReviews()) {
      refused = Reason.TOO_FEW_REVIEWS;
    } else if (x.at().isAfter(latest)) {
      refused = Reason.TOO_LATE;
    }
    if (refused != null) {
      return new ExtensionJudgement(judge.ruleId(), x, latest, false, null, refused);
    }
    Instant cap = anchor.plus(spec.upTo());
    boolean capped = e.until().isAfter(cap);
    return new ExtensionJudgement(
        judge.ruleId(), x, latest, true, capped ? cap : e.until(), capped ? Reason.CAPPED : null);
  }

  private static int reviewsBefore(RecordFacts f, Fact x) {
    int reviews = 0;
    for (Fact r : f.facts) {
      if (r == x) {
        break;
      }
      if (r.event() instanceof DetentionReviewed) {
        reviews++;
      }
    }
    return reviews;
  }
}
