package org.habeas.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission issues recommendations, one at a time or imported all or nothing; each issue is
 * committed to the ledger with what the form said.
 */
@Service
public class RecommendationIssuing {

  private final RecommendationStore store;
  private final FindingStore findings;
  private final MonitoringLog log;
  private final Facilities facilities;
  private final Clock clock;

  RecommendationIssuing(
      RecommendationStore store,
      FindingStore findings,
      MonitoringLog log,
      Facilities facilities,
      Clock clock) {
    this.store = store;
    this.findings = findings;
    this.log = log;
    this.facilities = facilities;
    this.clock = clock;
  }

  /** Issues one recommendation (monitors); returns its id. */
  @Transactional
  public String issue(Actor actor, RecommendationForm form) {
    Visits.requireMonitor(actor);
    var problems = problems(form);
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    return store(actor, form);
  }

  /** What is wrong with a form, the finding it names included. */
  public List<FieldProblem> problems(RecommendationForm form) {
    var problems = new ArrayList<>(form.problems(facilityIds()));
    var finding = Visits.blankToNull(form.findingId());
    if (finding != null && findings.find(finding).isEmpty()) {
      problems.add(new FieldProblem("findingId", "monitoring.unknownFinding"));
    }
    return problems;
  }

  public Set<String> facilityIds() {
    return facilities.all().stream().map(Facility::id).collect(Collectors.toSet());
  }

  /**
   * Imports rows all or nothing: if any row has a problem nothing is stored and the problems are
   * thrown, each named {@code rows[n].field}. Returns the ids issued.
   */
  @Transactional
  public List<String> importAll(Actor actor, List<RecommendationForm> rows) {
    Visits.requireMonitor(actor);
    var problems = new ArrayList<FieldProblem>();
    for (int i = 0; i < rows.size(); i++) {
      for (var p : problems(rows.get(i))) {
        problems.add(new FieldProblem("rows[" + (i + 1) + "]." + p.field(), p.code(), p.args()));
      }
    }
    if (rows.isEmpty()) {
      problems.add(new FieldProblem("rows", "monitoring.import.empty"));
    }
    if (!problems.isEmpty()) {
      throw new Problem(Problem.Kind.INVALID, "problem.invalid", problems);
    }
    return rows.stream().map(r -> store(actor, r)).toList();
  }

  private String store(Actor actor, RecommendationForm f) {
    var id = UUID.randomUUID().toString();
    var now = clock.instant();
    var facility = Visits.blankToNull(f.facilityId());
    var findingId = Visits.blankToNull(f.findingId());
    if (facility == null && findingId != null) {
      facility = findings.find(findingId).map(Finding::facilityId).orElse(null);
    }
    var recommendation =
        new Recommendation(
            id,
            // problems(f) was empty: source, agency and theme are in their vocabularies
            Objects.requireNonNull(f.source(), "source"),
            Visits.blankToNull(f.sourceDocument()),
            Visits.blankToNull(f.paragraph()),
            Visits.blankToNull(f.textEn()),
            Visits.blankToNull(f.textRu()),
            Visits.blankToNull(f.textKk()),
            Objects.requireNonNull(f.agency(), "agency"),
            RecommendationForm.date(f.deadline()),
            Objects.requireNonNull(f.theme(), "theme"),
            Visits.blankToNull(f.affectedGroup()),
            sdg(f.sdgTargets()),
            facility,
            findingId,
            // problems(f) was empty: the issue date is a date
            Objects.requireNonNull(RecommendationForm.date(f.issuedOn()), "issuedOn"),
            RecommendationStatus.NOT_STARTED,
            now);
    store.insert(recommendation, actor.username());
    store.insertStatus(id, recommendation.status(), null, now, actor.username());
    var payload = new LinkedHashMap<String, Object>();
    for (var c : RecommendationForm.COLUMNS) {
      var v = value(f, c);
      if (v != null) {
        payload.put(c, v);
      }
    }
    log.append(id, "RecommendationIssued", now, Recommendations.station(facility), actor, payload);
    return id;
  }

  private static @Nullable String sdg(@Nullable String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    return Arrays.stream(s.split(",")).map(String::strip).collect(Collectors.joining(","));
  }

  private static @Nullable String value(RecommendationForm f, String column) {
    var v =
        switch (column) {
          case "source" -> f.source();
          case "sourceDocument" -> f.sourceDocument();
          case "paragraph" -> f.paragraph();
          case "textEn" -> f.textEn();
          case "textRu" -> f.textRu();
          case "textKk" -> f.textKk();
          case "agency" -> f.agency();
          case "deadline" -> f.deadline();
          case "theme" -> f.theme();
          case "affectedGroup" -> f.affectedGroup();
          case "sdgTargets" -> f.sdgTargets();
          case "facilityId" -> f.facilityId();
          case "findingId" -> f.findingId();
          case "issuedOn" -> f.issuedOn();
          default -> null;
        };
    return Visits.blankToNull(v);
  }
}
