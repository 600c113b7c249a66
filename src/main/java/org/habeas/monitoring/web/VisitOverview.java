package org.habeas.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habeas.monitoring.Camera;
import org.habeas.monitoring.CameraCoverage;
import org.habeas.monitoring.Cameras;
import org.habeas.monitoring.Checklist;
import org.habeas.monitoring.Checklists;
import org.habeas.monitoring.Evidence;
import org.habeas.monitoring.Findings;
import org.habeas.monitoring.Interviews;
import org.habeas.monitoring.Recommendations;
import org.habeas.monitoring.RecordSamples;
import org.habeas.monitoring.Visit;
import org.habeas.monitoring.Visits;
import org.habeas.monitoring.Vocabulary;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The visit page's model: everything a visit holds, and the form that was refused (its values and
 * errors) when one was. Every form of the page comes back here on a refusal.
 */
@Component
class VisitOverview {

  private final Visits visits;
  private final Checklists checklists;
  private final RecordSamples samples;
  private final Findings findings;
  private final Interviews interviews;
  private final Cameras cameras;
  private final CameraCoverage coverage;
  private final Recommendations recommendations;
  private final Evidence evidence;
  private final Facilities facilities;
  private final Clock clock;

  VisitOverview(
      Visits visits,
      Checklists checklists,
      RecordSamples samples,
      Findings findings,
      Interviews interviews,
      Cameras cameras,
      CameraCoverage coverage,
      Recommendations recommendations,
      Evidence evidence,
      Facilities facilities,
      Clock clock) {
    this.visits = visits;
    this.checklists = checklists;
    this.samples = samples;
    this.findings = findings;
    this.interviews = interviews;
    this.cameras = cameras;
    this.coverage = coverage;
    this.recommendations = recommendations;
    this.evidence = evidence;
    this.facilities = facilities;
    this.clock = clock;
  }

  /** The visit page, with the form named {@code form} refused (or none). */
  String page(
      Actor me,
      String id,
      @Nullable String form,
      Map<String, String> values,
      Map<String, String> errors,
      Model model) {
    var visit = visits.get(me, id);
    var answers = checklists.answers(id);
    model.addAttribute("visit", visit);
    model.addAttribute("sections", Checklist.SECTIONS);
    model.addAttribute("answers", answers);
    model.addAttribute("answered", answers.size());
    var counts = new LinkedHashMap<String, Long>();
    for (var s : Checklist.SECTIONS) {
      counts.put(s.id(), s.items().stream().filter(answers::containsKey).count());
    }
    model.addAttribute("sectionCounts", counts);
    model.addAttribute("items", Checklist.itemCount());
    model.addAttribute("sampled", samples.sampled(me, id));
    model.addAttribute("cameras", cameras.of(visit.facilityId()));
    model.addAttribute("uncovered", uncoveredBefore(me, visit));
    model.addAttribute("rooms", Camera.ROOMS);
    model.addAttribute("cameraStatuses", Camera.STATUSES);
    model.addAttribute("findings", findings.ofVisit(id));
    model.addAttribute("severities", Vocabulary.SEVERITIES);
    model.addAttribute("inTeam", visit.inTeam(me.username()));
    model.addAttribute(
        "interviews", visit.inTeam(me.username()) ? interviews.of(me, id) : List.of());
    model.addAttribute("recommendations", recommendations.ofVisit(id));
    model.addAttribute("maxMb", evidence.maxBytes() / 1024 / 1024);
    model.addAttribute("form", form == null ? "" : form);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("today", LocalDate.now(clock));
    return "monitoring/visit";
  }

  /** Questionings at the facility in the 30 days up to the visit that no camera covered. */
  private int uncoveredBefore(Actor me, Visit visit) {
    var zone = facilities.find(visit.facilityId()).map(Facility::zone).orElse(ZoneOffset.UTC);
    return coverage
        .uncoveredQuestionings(
            me,
            visit.facilityId(),
            visit.date().minusDays(30).atStartOfDay(zone).toInstant(),
            visit.date().plusDays(1).atStartOfDay(zone).toInstant())
        .size();
  }

  /** The printable visit report. */
  String print(Actor me, String id, Model model) {
    var visit = visits.get(me, id);
    model.addAttribute("visit", visit);
    model.addAttribute("sections", Checklist.SECTIONS);
    model.addAttribute("answers", checklists.answers(id));
    model.addAttribute("sampled", samples.sampled(me, id));
    model.addAttribute("cameras", cameras.of(visit.facilityId()));
    model.addAttribute("findings", findings.ofVisit(id));
    model.addAttribute("recommendations", recommendations.ofVisit(id));
    return "monitoring/print";
  }
}
