package org.habeas.statistics.view;

import static org.habeas.statistics.view.Labels.pct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.habeas.statistics.charts.Charts;
import org.habeas.statistics.charts.Charts.Bar;
import org.habeas.statistics.readmodel.Figures;
import org.habeas.statistics.readmodel.Figures.Delay;
import org.habeas.statistics.readmodel.Figures.Totals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How the safeguards held: compliance per rule, the delays to a lawyer and a judge, questionings on
 * video and at night, entries recorded late.
 */
@Component
class SafeguardPanels {

  private final Labels labels;

  SafeguardPanels(Labels labels) {
    this.labels = labels;
  }

  Panel compliance(Figures f, Locale l) {
    var bars = new ArrayList<Bar>();
    var rows = new ArrayList<List<String>>();
    f.rules()
        .forEach(
            (rule, c) -> {
              var share = c.onTimeShare();
              var name = labels.ruleName(rule, l);
              if (share != null) {
                bars.add(new Bar(name, share * 100, Math.round(share * 100) + " %"));
              }
              rows.add(
                  List.of(
                      name,
                      Integer.toString(c.met()),
                      Integer.toString(c.late()),
                      Integer.toString(c.breached()),
                      Integer.toString(c.pending()),
                      Integer.toString(c.waived()),
                      Integer.toString(c.notApplicable()),
                      share == null ? "—" : Math.round(share * 100) + " %"));
            });
    var title = labels.msg(l, "stats.panel.compliance");
    return new Panel(
        "compliance",
        title,
        bars.isEmpty()
            ? null
            : Charts.bars(
                "chart-compliance", title, labels.msg(l, "stats.desc.compliance"), bars, 100.0),
        columns(
            l,
            "stats.col.rule",
            "stats.col.met",
            "stats.col.late",
            "stats.col.breached",
            "stats.col.pending",
            "stats.col.waived",
            "stats.col.notApplicable",
            "stats.col.onTime"),
        rows,
        labels.msg(l, "stats.note.compliance"));
  }

  Panel delays(Figures f, Locale l) {
    var bars = new ArrayList<Bar>();
    var rows = new ArrayList<List<String>>();
    addDelay(bars, rows, labels.msg(l, "stats.col.all"), f.lawyer(), f.judge(), l);
    for (var code : f.byRegion().keySet()) {
      addDelay(
          bars,
          rows,
          labels.regionName(code, l),
          f.lawyerByRegion().getOrDefault(code, new Delay(0, null, null)),
          f.judgeByRegion().getOrDefault(code, new Delay(0, null, null)),
          l);
    }
    var title = labels.msg(l, "stats.panel.delays");
    return new Panel(
        "delays",
        title,
        bars.isEmpty()
            ? null
            : Charts.bars("chart-delays", title, labels.msg(l, "stats.desc.delays"), bars, null),
        columns(
            l,
            "stats.col.region",
            "stats.col.lawyerN",
            "stats.col.lawyerMedian",
            "stats.col.lawyerP90",
            "stats.col.judgeN",
            "stats.col.judgeMedian",
            "stats.col.judgeP90"),
        rows,
        labels.msg(l, "stats.note.delays"));
  }

  private void addDelay(
      List<Bar> bars, List<List<String>> rows, String name, Delay lawyer, Delay judge, Locale l) {
    rows.add(
        List.of(
            name,
            Long.toString(lawyer.count()),
            labels.duration(lawyer.median(), l),
            labels.duration(lawyer.p90(), l),
            Long.toString(judge.count()),
            labels.duration(judge.median(), l),
            labels.duration(judge.p90(), l)));
    if (lawyer.median() != null) {
      bars.add(
          new Bar(
              name + " · " + labels.msg(l, "stats.col.lawyerMedian"),
              lawyer.median() / 60.0,
              labels.duration(lawyer.median(), l)));
    }
    if (judge.median() != null) {
      bars.add(
          new Bar(
              name + " · " + labels.msg(l, "stats.col.judgeMedian"),
              judge.median() / 60.0,
              labels.duration(judge.median(), l)));
    }
  }

  Panel questionings(Figures f, Locale l) {
    return byRegion(
        f,
        l,
        new Shares(
            "questionings",
            "chart-questionings",
            "questionings",
            100.0,
            columns(
                l,
                "stats.col.region",
                "stats.col.questionings",
                "stats.col.onVideo",
                "%",
                "stats.col.atNight",
                "%"),
            t ->
                List.of(
                    Long.toString(t.questionings()),
                    Long.toString(t.questioningsVideo()),
                    pct(t.videoPercent()),
                    Long.toString(t.questioningsNight()),
                    pct(t.nightPercent())),
            Totals::videoPercent,
            labels.msg(l, "stats.note.night")));
  }

  Panel lateEntries(Figures f, Locale l) {
    return byRegion(
        f,
        l,
        new Shares(
            "late-entries",
            "chart-late",
            "lateEntries",
            null,
            columns(l, "stats.col.region", "stats.col.events", "stats.col.lateEntries", "%"),
            t ->
                List.of(
                    Long.toString(t.events()),
                    Long.toString(t.lateEntries()),
                    pct(t.latePercent())),
            Totals::latePercent,
            null));
  }

  /**
   * A share of all and of each region as a table, charted where there is a percentage.
   *
   * @param id the panel's id
   * @param chartId the chart's id
   * @param key the key of its title ({@code stats.panel.*}) and description ({@code stats.desc.*})
   * @param max the chart's scale, or null to fit the bars
   * @param headers the table's column headings
   * @param cells a row's cells after the region's name
   * @param percent the charted percentage, null when there is nothing to divide by
   * @param note the line under the table, or null
   */
  private record Shares(
      String id,
      String chartId,
      String key,
      @Nullable Double max,
      List<String> headers,
      Function<Totals, List<String>> cells,
      Function<Totals, @Nullable Long> percent,
      @Nullable String note) {}

  private Panel byRegion(Figures f, Locale l, Shares s) {
    var bars = new ArrayList<Bar>();
    var rows = new ArrayList<List<String>>();
    var all = new LinkedHashMap<String, Totals>();
    all.put(labels.msg(l, "stats.col.all"), f.totals());
    f.byRegion().forEach((code, t) -> all.put(labels.regionName(code, l), t));
    all.forEach(
        (name, t) -> {
          var row = new ArrayList<String>();
          row.add(name);
          row.addAll(s.cells().apply(t));
          rows.add(List.copyOf(row));
          var p = s.percent().apply(t);
          if (p != null) {
            bars.add(new Bar(name, p, pct(p)));
          }
        });
    var title = labels.msg(l, "stats.panel." + s.key());
    return new Panel(
        s.id(),
        title,
        bars.isEmpty()
            ? null
            : Charts.bars(
                s.chartId(), title, labels.msg(l, "stats.desc." + s.key()), bars, s.max()),
        s.headers(),
        rows,
        s.note());
  }

  /** Column headings from their message keys ("%" as it is). */
  private List<String> columns(Locale l, String... keys) {
    var out = new ArrayList<String>();
    for (var k : keys) {
      out.add(k.equals("%") ? k : labels.msg(l, k));
    }
    return List.copyOf(out);
  }
}
