package org.habeas.statistics.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.habeas.statistics.charts.Charts;
import org.habeas.statistics.charts.Charts.Bar;
import org.habeas.statistics.charts.Charts.Series;
import org.habeas.statistics.charts.RegionMap;
import org.habeas.statistics.opendata.OpenData;
import org.habeas.statistics.opendata.OpenData.Dataset;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The public dashboard: panels made from the open data sets, so the page never shows more than they
 * do (small numbers stay suppressed).
 */
@Component
class PublicPanels {

  private final Labels labels;

  PublicPanels(Labels labels) {
    this.labels = labels;
  }

  List<Panel> of(Map<String, Dataset> data, Locale l) {
    var out = new ArrayList<Panel>();
    var detentions = new Detentions(Objects.requireNonNull(data.get("detentions")));
    out.add(detentions(detentions, l));
    out.add(map(detentions, l));
    out.add(compliance(Objects.requireNonNull(data.get("safeguards-compliance")), l));
    // Delays and questionings, as published.
    out.add(table(data.get("delays"), "delays", l));
    out.add(table(data.get("questionings"), "questionings", l));
    out.add(table(data.get("late-entries"), "lateEntries", l));
    return out;
  }

  /** The detentions data set by month and region; a suppressed cell is null. */
  private static final class Detentions {
    final List<String> months = new ArrayList<>();
    final List<String> regions = new ArrayList<>();
    private final Map<String, @Nullable Object> cell = new HashMap<>();

    Detentions(Dataset d) {
      for (var row : d.rows()) {
        String m = (String) row.get(1);
        String r = (String) row.get(2);
        if (!months.contains(m) && !OpenData.TOTAL.equals(m)) {
          months.add(m);
        }
        if (!regions.contains(r) && !OpenData.TOTAL.equals(r)) {
          regions.add(r);
        }
        cell.put(m + "|" + r, row.get(3));
      }
    }

    @Nullable Object get(String month, String region) {
      return cell.get(month + "|" + region);
    }

    double number(String month, String region) {
      var v = get(month, region);
      return v == null ? 0.0 : ((Number) v).doubleValue();
    }
  }

  /** Month by region, suppressed cells shown as such and charted as zero. */
  private Panel detentions(Detentions d, Locale l) {
    var suppressed = labels.msg(l, "stats.suppressed");
    var series = new ArrayList<Series>();
    var shownSum = new double[d.months.size()];
    for (var r : d.regions) {
      var values = new ArrayList<Double>();
      boolean any = false;
      for (int i = 0; i < d.months.size(); i++) {
        double v = d.number(d.months.get(i), r);
        values.add(v);
        shownSum[i] += v;
        any |= v > 0;
      }
      if (any) {
        series.add(new Series(labels.regionName(r, l), values));
      }
    }
    // The hidden cells of a month together: its total less the cells shown, which the table
    // already lets anyone work out, so the columns reach the totals however much is hidden.
    var hidden = new ArrayList<Double>();
    boolean anyHidden = false;
    for (int i = 0; i < d.months.size(); i++) {
      double h = Math.max(0.0, d.number(d.months.get(i), OpenData.TOTAL) - shownSum[i]);
      hidden.add(h);
      anyHidden |= h > 0;
    }
    if (anyHidden) {
      series.add(new Series(labels.msg(l, "stats.series.hidden"), hidden));
    }
    var title = labels.msg(l, "stats.panel.detentions");
    var headers = new ArrayList<String>();
    headers.add(labels.msg(l, "stats.col.month"));
    d.regions.forEach(r -> headers.add(labels.regionName(r, l)));
    headers.add(labels.msg(l, "stats.col.total"));
    var rows = new ArrayList<List<String>>();
    var allMonths = new ArrayList<>(d.months);
    allMonths.add(OpenData.TOTAL);
    for (var m : allMonths) {
      var row = new ArrayList<String>();
      row.add(OpenData.TOTAL.equals(m) ? labels.msg(l, "stats.col.total") : m);
      for (var r : d.regions) {
        row.add(shown(d.get(m, r), suppressed));
      }
      row.add(shown(d.get(m, OpenData.TOTAL), suppressed));
      rows.add(row);
    }
    return new Panel(
        "detentions",
        title,
        Charts.stackedColumns(
            "chart-detentions", title, labels.msg(l, "stats.desc.detentions"), d.months, series),
        headers,
        rows,
        labels.msg(l, "stats.note.suppressed"));
  }

  /** Each region's total for the year, where it is not suppressed. */
  private Panel map(Detentions d, Locale l) {
    var suppressed = labels.msg(l, "stats.suppressed");
    var values = new LinkedHashMap<String, Double>();
    var texts = new HashMap<String, String>();
    var rows = new ArrayList<List<String>>();
    for (var r : d.regions) {
      var v = d.get(OpenData.TOTAL, r);
      if (v != null) {
        values.put(r, ((Number) v).doubleValue());
        texts.put(r, v.toString());
      }
      rows.add(List.of(labels.regionName(r, l), shown(v, suppressed)));
    }
    var title = labels.msg(l, "stats.panel.map", labels.msg(l, "stats.map.detentions"));
    return new Panel(
        "map",
        title,
        RegionMap.render(
            "chart-map",
            title,
            labels.msg(l, "stats.desc.map"),
            values,
            texts,
            labels.msg(l, "stats.noData"),
            l),
        List.of(labels.msg(l, "stats.col.region"), labels.msg(l, "stats.map.detentions")),
        rows,
        labels.msg(l, "stats.note.map"));
  }

  /** Compliance per rule: met on time, late, breached, and the share met on time. */
  private Panel compliance(Dataset comp, Locale l) {
    var suppressed = labels.msg(l, "stats.suppressed");
    var byRule = new LinkedHashMap<String, Map<String, @Nullable Object>>();
    for (var row : comp.rows()) {
      byRule
          .computeIfAbsent((String) row.get(1), k -> new HashMap<>())
          .put((String) row.get(2), row.get(3));
    }
    var bars = new ArrayList<Bar>();
    var rows = new ArrayList<List<String>>();
    byRule.forEach(
        (rule, v) -> {
          var met = v.get("met_on_time");
          var total = v.get(OpenData.TOTAL);
          String share = "—";
          if (met != null && total != null && ((Number) total).longValue() > 0) {
            long p = Math.round(100.0 * ((Number) met).longValue() / ((Number) total).longValue());
            share = p + " %";
            if (!OpenData.TOTAL.equals(rule)) {
              bars.add(new Bar(labels.ruleName(rule, l), p, share));
            }
          }
          rows.add(
              List.of(
                  OpenData.TOTAL.equals(rule)
                      ? labels.msg(l, "stats.col.total")
                      : labels.ruleName(rule, l),
                  shown(met, suppressed),
                  shown(v.get("late"), suppressed),
                  shown(v.get("breached"), suppressed),
                  shown(total, suppressed),
                  share));
        });
    var title = labels.msg(l, "stats.panel.compliance");
    return new Panel(
        "compliance",
        title,
        bars.isEmpty()
            ? null
            : Charts.bars(
                "chart-compliance", title, labels.msg(l, "stats.desc.compliance"), bars, 100.0),
        List.of(
            labels.msg(l, "stats.col.rule"),
            labels.msg(l, "stats.col.met"),
            labels.msg(l, "stats.col.late"),
            labels.msg(l, "stats.col.breached"),
            labels.msg(l, "stats.col.due"),
            labels.msg(l, "stats.col.onTime")),
        rows,
        labels.msg(l, "stats.note.compliance"));
  }

  /** A data set as a plain table, its second column's region codes as names. */
  private Panel table(@Nullable Dataset d, String id, Locale l) {
    Objects.requireNonNull(d);
    var suppressed = labels.msg(l, "stats.suppressed");
    var headers = new ArrayList<String>();
    for (int i = 1; i < d.columns().size(); i++) {
      headers.add(labels.msg(l, "stats.open.col." + d.columns().get(i).name()));
    }
    var rows = new ArrayList<List<String>>();
    for (var row : d.rows()) {
      var out = new ArrayList<String>();
      for (int i = 1; i < row.size(); i++) {
        var v = row.get(i);
        if (i == 1 && v instanceof String code) {
          out.add(
              OpenData.TOTAL.equals(code)
                  ? labels.msg(l, "stats.col.total")
                  : labels.regionName(code, l));
        } else if (v instanceof String s) {
          out.add(labels.msgOr(l, "stats.open.value." + s, s));
        } else {
          out.add(shown(v, suppressed));
        }
      }
      rows.add(out);
    }
    return new Panel(
        id,
        labels.msg(l, "stats.panel." + id),
        null,
        headers,
        rows,
        labels.msg(l, "stats.note.suppressed"));
  }

  private static String shown(@Nullable Object v, String suppressed) {
    return v == null ? suppressed : v.toString();
  }
}
