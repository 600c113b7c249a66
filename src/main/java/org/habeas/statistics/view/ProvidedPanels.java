package org.habeas.statistics.view;

import static org.habeas.statistics.view.Labels.pct;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.habeas.statistics.ComplaintFigures;
import org.habeas.statistics.Figure;
import org.habeas.statistics.RecommendationFigures;
import org.habeas.statistics.StatisticsFilter;
import org.habeas.statistics.TrainingFigures;
import org.habeas.statistics.charts.Charts;
import org.habeas.statistics.charts.Charts.Bar;
import org.habeas.statistics.readmodel.Figures.Totals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The figures other modules provide: complaints, recommendations, training coverage. */
@Component
class ProvidedPanels {

  private final Labels labels;
  private final ComplaintFigures complaints;
  private final RecommendationFigures recommendations;
  private final TrainingFigures training;

  ProvidedPanels(
      Labels labels,
      ComplaintFigures complaints,
      RecommendationFigures recommendations,
      TrainingFigures training) {
    this.labels = labels;
    this.complaints = complaints;
    this.recommendations = recommendations;
    this.training = training;
  }

  List<Panel> all(StatisticsFilter filter, Locale l) {
    return List.of(complaints(filter, l), recommendations(filter, l), training(filter, l));
  }

  private Panel complaints(StatisticsFilter filter, Locale l) {
    var s = complaints.of(filter, l);
    var daysToDecision =
        List.of(
            labels.msg(l, "stats.col.daysToDecision"),
            labels.msg(l, "stats.col.median") + " / p90",
            days(s.medianDaysToDecision()) + " / " + days(s.p90DaysToDecision()));
    return countPanel(
        "complaints",
        l,
        "stats.col.category",
        s.byCategory(),
        "stats.col.outcome",
        s.byOutcome(),
        List.of(daysToDecision));
  }

  private Panel recommendations(StatisticsFilter filter, Locale l) {
    var s = recommendations.of(filter, l);
    return countPanel(
        "recommendations",
        l,
        "stats.col.status",
        s.byStatus(),
        "stats.col.agency",
        s.byAgency(),
        List.of());
  }

  /**
   * A panel of counts another module provides in two breakdowns: the first drawn as bars, both
   * listed under the name of what they break down by, then any further rows.
   */
  private Panel countPanel(
      String id,
      Locale l,
      String firstKey,
      List<Figure> first,
      String secondKey,
      List<Figure> second,
      List<List<String>> further) {
    var rows = new ArrayList<List<String>>();
    first.forEach(x -> rows.add(List.of(labels.msg(l, firstKey), x.label(), n(x))));
    second.forEach(x -> rows.add(List.of(labels.msg(l, secondKey), x.label(), n(x))));
    rows.addAll(further);
    var title = labels.msg(l, "stats.panel." + id);
    return new Panel(
        id,
        title,
        bars("chart-" + id, title, first),
        List.of("", labels.msg(l, "stats.col.key"), labels.msg(l, "stats.col.count")),
        rows,
        null);
  }

  private Panel training(StatisticsFilter filter, Locale l) {
    var names = labels.facilityNames();
    var rows = new ArrayList<List<String>>();
    var bars = new ArrayList<Bar>();
    for (var cov : training.of(filter, l)) {
      var p = Totals.percent(cov.trained(), cov.staff());
      var name = names.getOrDefault(cov.facilityId(), cov.facilityId());
      rows.add(List.of(name, Long.toString(cov.staff()), Long.toString(cov.trained()), pct(p)));
      if (p != null) {
        bars.add(new Bar(name, p, pct(p)));
      }
    }
    var title = labels.msg(l, "stats.panel.training");
    return new Panel(
        "training",
        title,
        bars.isEmpty() ? null : Charts.bars("chart-training", title, "", bars, 100.0),
        List.of(
            labels.msg(l, "stats.col.facility"),
            labels.msg(l, "stats.col.staff"),
            labels.msg(l, "stats.col.trained"),
            "%"),
        rows,
        null);
  }

  private static @Nullable String bars(String id, String title, List<Figure> figures) {
    if (figures.isEmpty()) {
      return null;
    }
    return Charts.bars(
        id,
        title,
        title,
        figures.stream().map(x -> new Bar(x.label(), x.count(), Long.toString(x.count()))).toList(),
        null);
  }

  private static String n(Figure f) {
    return Long.toString(f.count());
  }

  private static String days(@Nullable Double d) {
    return d == null ? "—" : String.format(Locale.ROOT, "%.1f", d);
  }
}
