package org.habeas.safeguards;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.habeas.custody.MedicalDue;
import org.habeas.custody.MedicalExaminationCompleted;
import org.habeas.system.Problem;
import org.springframework.stereotype.Component;

/**
 * Which records owe a medical examination (for the doctor's landing page, issue 15): an obligation
 * of the record's profile, still pending or breached, of a deadline rule met by a {@link
 * MedicalExaminationCompleted} (in the shipped profiles: on admission and after any injury).
 */
@Component
class MedicalObligations implements MedicalDue {

  private static final String MET_BY = MedicalExaminationCompleted.class.getSimpleName();

  private final RecordSafeguards safeguards;

  MedicalObligations(RecordSafeguards safeguards) {
    this.safeguards = safeguards;
  }

  @Override
  public Map<String, Due> owed(Collection<String> recordIds, Instant now) {
    var out = new HashMap<String, Due>();
    for (var id : recordIds) {
      Profile profile;
      Evaluation evaluation;
      try {
        profile = safeguards.profileOf(id);
        evaluation = safeguards.evaluate(id, now);
      } catch (Problem | IllegalArgumentException e) {
        continue; // erased meanwhile, or a record the engine cannot judge: nothing owed shown
      }
      Due earliest = null;
      for (var o : evaluation.obligations()) {
        if (o.status() != ObligationStatus.PENDING && o.status() != ObligationStatus.BREACHED) {
          continue;
        }
        if (!metByExamination(profile, o.ruleId())) {
          continue;
        }
        var due = new Due(o.dueAt(), o.status() == ObligationStatus.BREACHED);
        if (earliest == null
            || (due.dueAt() != null
                && (earliest.dueAt() == null || due.dueAt().isBefore(earliest.dueAt())))) {
          earliest = due;
        }
      }
      if (earliest != null) {
        out.put(id, earliest);
      }
    }
    return out;
  }

  private static boolean metByExamination(Profile profile, String ruleId) {
    return profile
        .rule(ruleId)
        .map(
            r ->
                switch (r.terms()) {
                  case RuleTerms.Deadline d -> names(d.metBy());
                  case RuleTerms.AbsoluteMax m -> names(m.metBy());
                  case RuleTerms.BeforeFirstQuestioning b -> names(b.metBy());
                  default -> false;
                })
        .orElse(false);
  }

  private static boolean names(List<EventPattern> patterns) {
    return patterns.stream().anyMatch(p -> MET_BY.equals(p.type()));
  }
}
