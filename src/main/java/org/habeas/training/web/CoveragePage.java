package org.habeas.training.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.habeas.training.Course;
import org.habeas.training.Coverage;
import org.habeas.training.CoverageMaths;
import org.habeas.training.TrainingAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Training coverage beside compliance and complaints, per facility and team: chart and table. */
@Controller
class CoveragePage {

  /** One bar pair of the chart: a facility's trained share and its compliance, in per cent. */
  public record Bar(
      String facilityId, String name, long trained, @Nullable Long compliance, int y) {}

  private final Coverage coverage;
  private final Facilities facilities;
  private final Clock clock;

  CoveragePage(Coverage coverage, Facilities facilities, Clock clock) {
    this.coverage = coverage;
    this.facilities = facilities;
    this.clock = clock;
  }

  @GetMapping("/training/coverage")
  String coverage(
      Actor me,
      @RequestParam(required = false) @Nullable String month,
      @RequestParam(required = false) @Nullable String subject,
      Model model) {
    TrainingAccess.requireView(me);
    var now = clock.instant();
    YearMonth ym;
    try {
      ym =
          month == null || month.isBlank()
              ? YearMonth.from(now.atZone(ZoneOffset.UTC))
              : YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      throw Problem.badField("month", "field.wrongType");
    }
    var chosen = subject != null && Course.SUBJECTS.contains(subject) ? subject : null;
    var rows = coverage.of(me, ym, now);
    var names =
        facilities.all().stream()
            .collect(Collectors.toMap(Facility::id, Facility::name, (a, b) -> a));
    model.addAttribute("month", ym.toString());
    model.addAttribute("subject", chosen == null ? "" : chosen);
    model.addAttribute("subjects", Course.SUBJECTS);
    model.addAttribute("rows", rows);
    model.addAttribute("facilityNames", names);
    model.addAttribute("bars", bars(rows, chosen, names));
    model.addAttribute("complaintsAvailable", coverage.complaintsAvailable(ym));
    return "training/coverage";
  }

  static List<Bar> bars(
      List<CoverageMaths.Row> rows, @Nullable String subject, Map<String, String> names) {
    var facilityRows = rows.stream().filter(r -> r.team() == null).toList();
    var bars = new ArrayList<Bar>();
    for (int i = 0; i < facilityRows.size(); i++) {
      var r = facilityRows.get(i);
      var share = subject == null ? r.any() : r.bySubject().get(subject);
      var pct = share == null || share.percent() == null ? 0L : share.percent();
      bars.add(
          new Bar(
              r.facilityId(),
              names.getOrDefault(r.facilityId(), r.facilityId()),
              pct,
              r.compliance(),
              i * 44));
    }
    return bars;
  }
}
