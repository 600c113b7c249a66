package org.habeas.statistics.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.habeas.statistics.ComplaintFigures;
import org.habeas.statistics.Figure;
import org.habeas.statistics.RecommendationFigures;
import org.habeas.statistics.StatisticsFilter;
import org.habeas.statistics.TrainingFigures;
import org.habeas.statistics.charts.Charts;
import org.habeas.statistics.charts.Charts.Bar;
import org.habeas.statistics.charts.Charts.Series;
import org.habeas.statistics.charts.RegionMap;
import org.habeas.statistics.opendata.OpenData;
import org.habeas.statistics.opendata.OpenData.Dataset;
import org.habeas.statistics.readmodel.Figures;
import org.habeas.statistics.readmodel.Figures.Delay;
import org.habeas.statistics.readmodel.Figures.Totals;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Region;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns figures into panels: charts and tables in the viewer's language. */
@Component
public class PanelBuilder {

  /** The figures the map can be coloured by. */
  public static final List<String> MAP_FIGURES =
      List.of("detentions", "compliance", "lawyer", "video", "night", "late");

  private final MessageSource messages;
  private final Facilities facilities;
  private final ObjectProvider<ComplaintFigures> complaints;
  private final ObjectProvider<RecommendationFigures> recommendations;
  private final ObjectProvider<TrainingFigures> training;

  PanelBuilder(
      MessageSource messages,
      Facilities facilities,
      ObjectProvider<ComplaintFigures> complaints,
      ObjectProvider<RecommendationFigures> recommendations,
      ObjectProvider<TrainingFigures> training) {
    this.messages = messages;
    this.facilities = facilities;
    this.complaints = complaints;
    this.recommendations = recommendations;
    this.training = training;
  }

  /** The panels of a signed-in dashboard (and of the report). */
  public List<Panel> dashboard(Figures f, Locale l, String mapFigure, boolean withFacilities) {
    var out = new ArrayList<Panel>();
    out.add(detentions(f, l));
    out.add(map(f, l, mapFigure));
    out.add(compliance(f, l));
    out.add(delays(f, l));
    out.add(questionings(f, l));
    out.add(lateEntries(f, l));
    if (withFacilities) {
      out.add(byFacility(f, l));
    }
    out.addAll(provided(f.filter(), l));
    return out;
  }

  /** The key figures in a line each, for the summary. */
  public List<String[]> summary(Figures f, Locale l) {
    var t = f.totals();
    var out = new ArrayList<String[]>();
    out.add(new String[] {msg(l, "stats.kpi.records"), Long.toString(t.records())});
    out.add(new String[] {msg(l, "stats.kpi.juveniles"), Long.toString(t.juveniles())});
    out.add(new String[] {msg(l, "stats.kpi.compliance"), pct(overallCompliance(f))});
    out.add(new String[] {msg(l, "stats.kpi.lawyerMedian"), duration(f.lawyer().median(), l)});
    out.add(new String[] {msg(l, "stats.kpi.judgeMedian"), duration(f.judge().median(), l)});
    out.add(new String[] {msg(l, "stats.kpi.video"), pct(t.videoPercent())});
    out.add(new String[] {msg(l, "stats.kpi.night"), Long.toString(t.questioningsNight())});
    out.add(new String[] {msg(l, "stats.kpi.late"), pct(t.latePercent())});
    return out;
  }

  /** A year set beside the year before, figure by figure. */
  public Panel comparison(Figures year, Figures before, Locale l) {
    var a = year.totals();
    var b = before.totals();
    var rows = new ArrayList<List<String>>();
    rows.add(cmp(l, "stats.kpi.records", a.records(), b.records()));
    rows.add(cmp(l, "stats.kpi.juveniles", a.juveniles(), b.juveniles()));
    rows.add(
        List.of(
            msg(l, "stats.kpi.compliance"),
            pct(overallCompliance(year)),
            pct(overallCompliance(before))));
    rows.add(
        List.of(
            msg(l, "stats.kpi.lawyerMedian"),
            duration(year.lawyer().median(), l),
            duration(before.lawyer().median(), l)));
    rows.add(
        List.of(
            msg(l, "stats.kpi.judgeMedian"),
            duration(year.judge().median(), l),
            duration(before.judge().median(), l)));
    rows.add(List.of(msg(l, "stats.kpi.video"), pct(a.videoPercent()), pct(b.videoPercent())));
    rows.add(cmp(l, "stats.kpi.night", a.questioningsNight(), b.questioningsNight()));
    rows.add(List.of(msg(l, "stats.kpi.late"), pct(a.latePercent()), pct(b.latePercent())));
    var y = Integer.toString(year.filter().from().getYear());
    var p = Integer.toString(before.filter().from().getYear());
    return new Panel(
        "comparison",
        msg(l, "stats.panel.comparison"),
        null,
        List.of(msg(l, "stats.col.figure"), y, p),
        rows,
        null,
        false);
  }

  private List<String> cmp(Locale l, String key, long a, long b) {
    return List.of(msg(l, key), Long.toString(a), Long.toString(b));
  }

  Panel detentions(Figures f, Locale l) {
    var regions = new ArrayList<>(f.byRegion().keySet());
    var series = new ArrayList<Series>();
    for (var r : regions) {
      var values = new ArrayList<Double>();
      for (var m : f.months()) {
        values.add((double) f.byMonthRegion().getOrDefault(m, Map.of()).getOrDefault(r, 0L));
      }
      series.add(new Series(regionName(r, l), values));
    }
    var title = msg(l, "stats.panel.detentions");
    var svg =
        Charts.stackedColumns(
            "chart-detentions", title, msg(l, "stats.desc.detentions"), f.months(), series);
    var headers = new ArrayList<String>();
    headers.add(msg(l, "stats.col.month"));
    regions.forEach(r -> headers.add(regionName(r, l)));
    headers.add(msg(l, "stats.col.total"));
    var rows = new ArrayList<List<String>>();
    for (var m : f.months()) {
      var row = new ArrayList<String>();
      row.add(m);
      long sum = 0;
      for (var r : regions) {
        long n = f.byMonthRegion().getOrDefault(m, Map.of()).getOrDefault(r, 0L);
        sum += n;
        row.add(Long.toString(n));
      }
      row.add(Long.toString(sum));
      rows.add(row);
    }
    return new Panel("detentions", title, svg, headers, rows, null, false);
  }

  Panel map(Figures f, Locale l, String figure) {
    var values = new LinkedHashMap<String, Double>();
    var texts = new HashMap<String, String>();
    var rows = new ArrayList<List<String>>();
    f.byRegion()
        .forEach(
            (code, t) -> {
              @Nullable Double v = regionValue(f, code, t, figure);
              String text = v == null ? "—" : mapText(figure, v, l);
              if (v != null) {
                values.put(code, v);
                texts.put(code, text);
              }
              rows.add(List.of(regionName(code, l), text));
            });
    var title = msg(l, "stats.panel.map", msg(l, "stats.map." + figure));
    var svg =
        RegionMap.render(
            "chart-map", title, msg(l, "stats.desc.map"), values, texts, msg(l, "stats.noData"), l);
    return new Panel(
        "map",
        title,
        svg,
        List.of(msg(l, "stats.col.region"), msg(l, "stats.map." + figure)),
        rows,
        msg(l, "stats.note.map"),
        false);
  }

  private @Nullable Double regionValue(Figures f, String code, Totals t, String figure) {
    return switch (figure) {
      case "compliance" -> f.complianceByRegion().get(code);
      case "lawyer" -> {
        var d = f.lawyerByRegion().get(code);
        yield d == null || d.median() == null ? null : d.median() / 60.0;
      }
      case "video" -> percentOrNull(t.videoPercent());
      case "night" -> (double) t.questioningsNight();
      case "late" -> percentOrNull(t.latePercent());
      default -> (double) t.records();
    };
  }

  private static @Nullable Double percentOrNull(@Nullable Long p) {
    return p == null ? null : (double) p;
  }

  private String mapText(String figure, double v, Locale l) {
    return switch (figure) {
      case "lawyer" -> duration(v * 60, l);
      case "video", "late", "compliance" -> Math.round(v) + " %";
      default -> Long.toString(Math.round(v));
    };
  }

  Panel compliance(Figures f, Locale l) {
    var bars = new ArrayList<Bar>();
    var rows = new ArrayList<List<String>>();
    f.rules()
        .forEach(
            (rule, c) -> {
              var share = c.onTimeShare();
              var name = ruleName(rule, l);
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
    var title = msg(l, "stats.panel.compliance");
    return new Panel(
        "compliance",
        title,
        bars.isEmpty()
            ? null
            : Charts.bars("chart-compliance", title, msg(l, "stats.desc.compliance"), bars, 100.0),
        List.of(
            msg(l, "stats.col.rule"),
            msg(l, "stats.col.met"),
            msg(l, "stats.col.late"),
            msg(l, "stats.col.breached"),
            msg(l, "stats.col.pending"),
            msg(l, "stats.col.waived"),
            msg(l, "stats.col.notApplicable"),
            msg(l, "stats.col.onTime")),
        rows,
        msg(l, "stats.note.compliance"),
        false);
  }

  Panel delays(Figures f, Locale l) {
    var bars = new ArrayList<Bar>();
    var rows = new ArrayList<List<String>>();
    addDelay(bars, rows, msg(l, "stats.col.all"), f.lawyer(), f.judge(), l);
    for (var code : f.byRegion().keySet()) {
      addDelay(
          bars,
          rows,
          regionName(code, l),
          f.lawyerByRegion().getOrDefault(code, new Delay(0, null, null)),
          f.judgeByRegion().getOrDefault(code, new Delay(0, null, null)),
          l);
    }
    var title = msg(l, "stats.panel.delays");
    return new Panel(
        "delays",
        title,
        bars.isEmpty()
            ? null
            : Charts.bars("chart-delays", title, msg(l, "stats.desc.delays"), bars, null),
        List.of(
            msg(l, "stats.col.region"),
            msg(l, "stats.col.lawyerN"),
            msg(l, "stats.col.lawyerMedian"),
            msg(l, "stats.col.lawyerP90"),
            msg(l, "stats.col.judgeN"),
            msg(l, "stats.col.judgeMedian"),
            msg(l, "stats.col.judgeP90")),
        rows,
        msg(l, "stats.note.delays"),
        false);
  }

  private void addDelay(
      List<Bar> bars, List<List<String>> rows, String name, Delay lawyer, Delay judge, Locale l) {
    rows.add(
        List.of(
            name,
            Long.toString(lawyer.count()),
            duration(lawyer.median(), l),
            duration(lawyer.p90(), l),
            Long.toString(judge.count()),
            duration(judge.median(), l),
            duration(judge.p90(), l)));
    if (lawyer.median() != null) {
      bars.add(
          new Bar(
              name + " · " + msg(l, "stats.col.lawyerMedian"),
              lawyer.median() / 60.0,
              duration(lawyer.median(), l)));
    }
    if (judge.median() != null) {
      bars.add(
          new Bar(
              name + " · " + msg(l, "stats.col.judgeMedian"),
              judge.median() / 60.0,
              duration(judge.median(), l)));
    }
  }

  Panel questionings(Figures f, Locale l) {
    var bars = new ArrayList<Bar>();
    var rows = new ArrayList<List<String>>();
    var all = new LinkedHashMap<String, Totals>();
    all.put(msg(l, "stats.col.all"), f.totals());
    f.byRegion().forEach((code, t) -> all.put(regionName(code, l), t));
    all.forEach(
        (name, t) -> {
          rows.add(
              List.of(
                  name,
                  Long.toString(t.questionings()),
                  Long.toString(t.questioningsVideo()),
                  pct(t.videoPercent()),
                  Long.toString(t.questioningsNight()),
                  pct(t.nightPercent())));
          if (t.videoPercent() != null) {
            bars.add(new Bar(name, t.videoPercent(), pct(t.videoPercent())));
          }
        });
    var title = msg(l, "stats.panel.questionings");
    return new Panel(
        "questionings",
        title,
        bars.isEmpty()
            ? null
            : Charts.bars(
                "chart-questionings", title, msg(l, "stats.desc.questionings"), bars, 100.0),
        List.of(
            msg(l, "stats.col.region"),
            msg(l, "stats.col.questionings"),
            msg(l, "stats.col.onVideo"),
            "%",
            msg(l, "stats.col.atNight"),
            "%"),
        rows,
        msg(l, "stats.note.night"),
        false);
  }

  Panel lateEntries(Figures f, Locale l) {
    var bars = new ArrayList<Bar>();
    var rows = new ArrayList<List<String>>();
    var all = new LinkedHashMap<String, Totals>();
    all.put(msg(l, "stats.col.all"), f.totals());
    f.byRegion().forEach((code, t) -> all.put(regionName(code, l), t));
    all.forEach(
        (name, t) -> {
          rows.add(
              List.of(
                  name,
                  Long.toString(t.events()),
                  Long.toString(t.lateEntries()),
                  pct(t.latePercent())));
          if (t.latePercent() != null) {
            bars.add(new Bar(name, t.latePercent(), pct(t.latePercent())));
          }
        });
    var title = msg(l, "stats.panel.lateEntries");
    return new Panel(
        "late-entries",
        title,
        bars.isEmpty()
            ? null
            : Charts.bars("chart-late", title, msg(l, "stats.desc.lateEntries"), bars, null),
        List.of(
            msg(l, "stats.col.region"),
            msg(l, "stats.col.events"),
            msg(l, "stats.col.lateEntries"),
            "%"),
        rows,
        null,
        false);
  }

  Panel byFacility(Figures f, Locale l) {
    var names = new HashMap<String, String>();
    facilities.all().forEach(x -> names.put(x.id(), x.name()));
    var rows = new ArrayList<List<String>>();
    f.byFacility()
        .forEach(
            (id, t) ->
                rows.add(
                    List.of(
                        names.getOrDefault(id, id),
                        Long.toString(t.records()),
                        Long.toString(t.juveniles()),
                        Long.toString(t.questionings()),
                        pct(t.videoPercent()),
                        Long.toString(t.questioningsNight()),
                        pct(t.latePercent()))));
    return new Panel(
        "facilities",
        msg(l, "stats.panel.facilities"),
        null,
        List.of(
            msg(l, "stats.col.facility"),
            msg(l, "stats.col.records"),
            msg(l, "stats.col.juveniles"),
            msg(l, "stats.col.questionings"),
            msg(l, "stats.col.onVideo") + " %",
            msg(l, "stats.col.atNight"),
            msg(l, "stats.col.lateEntries") + " %"),
        rows,
        null,
        false);
  }

  /** Complaints, recommendations, training: from their modules, or "not yet available". */
  List<Panel> provided(StatisticsFilter filter, Locale l) {
    var out = new ArrayList<Panel>();
    var c = complaints.getIfAvailable();
    if (c == null) {
      out.add(unavailable("complaints", l));
    } else {
      var s = c.of(filter, l);
      var rows = new ArrayList<List<String>>();
      s.byCategory().forEach(x -> rows.add(List.of(msg(l, "stats.col.category"), x.label(), n(x))));
      s.byOutcome().forEach(x -> rows.add(List.of(msg(l, "stats.col.outcome"), x.label(), n(x))));
      rows.add(
          List.of(
              msg(l, "stats.col.daysToDecision"),
              msg(l, "stats.col.median") + " / p90",
              days(s.medianDaysToDecision()) + " / " + days(s.p90DaysToDecision())));
      out.add(
          new Panel(
              "complaints",
              msg(l, "stats.panel.complaints"),
              bars("chart-complaints", msg(l, "stats.panel.complaints"), s.byCategory()),
              List.of("", msg(l, "stats.col.key"), msg(l, "stats.col.count")),
              rows,
              null,
              false));
    }
    var r = recommendations.getIfAvailable();
    if (r == null) {
      out.add(unavailable("recommendations", l));
    } else {
      var s = r.of(filter, l);
      var rows = new ArrayList<List<String>>();
      s.byStatus().forEach(x -> rows.add(List.of(msg(l, "stats.col.status"), x.label(), n(x))));
      s.byAgency().forEach(x -> rows.add(List.of(msg(l, "stats.col.agency"), x.label(), n(x))));
      out.add(
          new Panel(
              "recommendations",
              msg(l, "stats.panel.recommendations"),
              bars("chart-recommendations", msg(l, "stats.panel.recommendations"), s.byStatus()),
              List.of("", msg(l, "stats.col.key"), msg(l, "stats.col.count")),
              rows,
              null,
              false));
    }
    var t = training.getIfAvailable();
    if (t == null) {
      out.add(unavailable("training", l));
    } else {
      var names = new HashMap<String, String>();
      facilities.all().forEach(x -> names.put(x.id(), x.name()));
      var rows = new ArrayList<List<String>>();
      var bars = new ArrayList<Bar>();
      for (var cov : t.of(filter, l)) {
        var p = Totals.percent(cov.trained(), cov.staff());
        var name = names.getOrDefault(cov.facilityId(), cov.facilityId());
        rows.add(List.of(name, Long.toString(cov.staff()), Long.toString(cov.trained()), pct(p)));
        if (p != null) {
          bars.add(new Bar(name, p, pct(p)));
        }
      }
      out.add(
          new Panel(
              "training",
              msg(l, "stats.panel.training"),
              bars.isEmpty()
                  ? null
                  : Charts.bars("chart-training", msg(l, "stats.panel.training"), "", bars, 100.0),
              List.of(
                  msg(l, "stats.col.facility"),
                  msg(l, "stats.col.staff"),
                  msg(l, "stats.col.trained"),
                  "%"),
              rows,
              null,
              false));
    }
    return out;
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

  private Panel unavailable(String id, Locale l) {
    return Panel.unavailable(id, msg(l, "stats.panel." + id), msg(l, "stats.notAvailable"));
  }

  // --- The public dashboard: from the open data sets, small numbers suppressed -----------------

  /** The public panels, from the open data sets (so the page never shows more than they do). */
  public List<Panel> publicDashboard(Map<String, Dataset> data, Locale l) {
    var out = new ArrayList<Panel>();
    var suppressed = msg(l, "stats.suppressed");
    // Detentions: month by region, suppressed cells shown as such, charted as zero.
    var det = Objects.requireNonNull(data.get("detentions"));
    var months = new ArrayList<String>();
    var regions = new ArrayList<String>();
    var cell = new HashMap<String, @Nullable Object>();
    for (var row : det.rows()) {
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
    var series = new ArrayList<Series>();
    var shownSum = new double[months.size()];
    for (var r : regions) {
      var values = new ArrayList<Double>();
      boolean any = false;
      for (int i = 0; i < months.size(); i++) {
        var v = cell.get(months.get(i) + "|" + r);
        double d = v == null ? 0.0 : ((Number) v).doubleValue();
        values.add(d);
        shownSum[i] += d;
        any |= d > 0;
      }
      if (any) {
        series.add(new Series(regionName(r, l), values));
      }
    }
    // The hidden cells of a month together: its total less the cells shown, which the table
    // already lets anyone work out, so the columns reach the totals however much is hidden.
    var hidden = new ArrayList<Double>();
    boolean anyHidden = false;
    for (int i = 0; i < months.size(); i++) {
      var total = cell.get(months.get(i) + "|" + OpenData.TOTAL);
      double h = total == null ? 0.0 : Math.max(0.0, ((Number) total).doubleValue() - shownSum[i]);
      hidden.add(h);
      anyHidden |= h > 0;
    }
    if (anyHidden) {
      series.add(new Series(msg(l, "stats.series.hidden"), hidden));
    }
    var title = msg(l, "stats.panel.detentions");
    var headers = new ArrayList<String>();
    headers.add(msg(l, "stats.col.month"));
    regions.forEach(r -> headers.add(regionName(r, l)));
    headers.add(msg(l, "stats.col.total"));
    var rows = new ArrayList<List<String>>();
    var allMonths = new ArrayList<>(months);
    allMonths.add(OpenData.TOTAL);
    for (var m : allMonths) {
      var row = new ArrayList<String>();
      row.add(OpenData.TOTAL.equals(m) ? msg(l, "stats.col.total") : m);
      for (var r : regions) {
        row.add(shown(cell.get(m + "|" + r), suppressed));
      }
      row.add(shown(cell.get(m + "|" + OpenData.TOTAL), suppressed));
      rows.add(row);
    }
    out.add(
        new Panel(
            "detentions",
            title,
            Charts.stackedColumns(
                "chart-detentions", title, msg(l, "stats.desc.detentions"), months, series),
            headers,
            rows,
            msg(l, "stats.note.suppressed"),
            false));
    // The map: each region's total for the year, where it is not suppressed.
    var values = new LinkedHashMap<String, Double>();
    var texts = new HashMap<String, String>();
    var mapRows = new ArrayList<List<String>>();
    for (var r : regions) {
      var v = cell.get(OpenData.TOTAL + "|" + r);
      if (v != null) {
        values.put(r, ((Number) v).doubleValue());
        texts.put(r, v.toString());
      }
      mapRows.add(List.of(regionName(r, l), shown(v, suppressed)));
    }
    var mapTitle = msg(l, "stats.panel.map", msg(l, "stats.map.detentions"));
    out.add(
        new Panel(
            "map",
            mapTitle,
            RegionMap.render(
                "chart-map",
                mapTitle,
                msg(l, "stats.desc.map"),
                values,
                texts,
                msg(l, "stats.noData"),
                l),
            List.of(msg(l, "stats.col.region"), msg(l, "stats.map.detentions")),
            mapRows,
            msg(l, "stats.note.map"),
            false));
    // Compliance per rule.
    var comp = Objects.requireNonNull(data.get("safeguards-compliance"));
    var byRule = new LinkedHashMap<String, Map<String, @Nullable Object>>();
    for (var row : comp.rows()) {
      byRule
          .computeIfAbsent((String) row.get(1), k -> new HashMap<>())
          .put((String) row.get(2), row.get(3));
    }
    var bars = new ArrayList<Bar>();
    var compRows = new ArrayList<List<String>>();
    byRule.forEach(
        (rule, v) -> {
          var met = v.get("met_on_time");
          var total = v.get(OpenData.TOTAL);
          String share = "—";
          if (met != null && total != null && ((Number) total).longValue() > 0) {
            long p = Math.round(100.0 * ((Number) met).longValue() / ((Number) total).longValue());
            share = p + " %";
            if (!OpenData.TOTAL.equals(rule)) {
              bars.add(new Bar(ruleName(rule, l), p, share));
            }
          }
          compRows.add(
              List.of(
                  OpenData.TOTAL.equals(rule) ? msg(l, "stats.col.total") : ruleName(rule, l),
                  shown(met, suppressed),
                  shown(v.get("late"), suppressed),
                  shown(v.get("breached"), suppressed),
                  shown(total, suppressed),
                  share));
        });
    var compTitle = msg(l, "stats.panel.compliance");
    out.add(
        new Panel(
            "compliance",
            compTitle,
            bars.isEmpty()
                ? null
                : Charts.bars(
                    "chart-compliance", compTitle, msg(l, "stats.desc.compliance"), bars, 100.0),
            List.of(
                msg(l, "stats.col.rule"),
                msg(l, "stats.col.met"),
                msg(l, "stats.col.late"),
                msg(l, "stats.col.breached"),
                msg(l, "stats.col.due"),
                msg(l, "stats.col.onTime")),
            compRows,
            msg(l, "stats.note.compliance"),
            false));
    // Delays and questionings, as published.
    out.add(table(data.get("delays"), "delays", l, 1, suppressed));
    out.add(table(data.get("questionings"), "questionings", l, 1, suppressed));
    out.add(table(data.get("late-entries"), "lateEntries", l, 1, suppressed));
    return out;
  }

  /** A data set as a plain table (region names in place of codes in column {@code region}). */
  private Panel table(@Nullable Dataset d, String id, Locale l, int regionColumn, String sup) {
    Objects.requireNonNull(d);
    var headers = new ArrayList<String>();
    for (int i = 1; i < d.columns().size(); i++) {
      headers.add(msg(l, "stats.open.col." + d.columns().get(i).name()));
    }
    var rows = new ArrayList<List<String>>();
    for (var row : d.rows()) {
      var out = new ArrayList<String>();
      for (int i = 1; i < row.size(); i++) {
        var v = row.get(i);
        if (i == regionColumn && v instanceof String code) {
          out.add(OpenData.TOTAL.equals(code) ? msg(l, "stats.col.total") : regionName(code, l));
        } else if (v instanceof String s) {
          out.add(msgOr(l, "stats.open.value." + s, s));
        } else {
          out.add(shown(v, sup));
        }
      }
      rows.add(out);
    }
    return new Panel(
        id,
        msg(l, "stats.panel." + id),
        null,
        headers,
        rows,
        msg(l, "stats.note.suppressed"),
        false);
  }

  private static String shown(@Nullable Object v, String suppressed) {
    return v == null ? suppressed : v.toString();
  }

  // --- Names ------------------------------------------------------------------------------

  /** A region's name in the viewer's language. */
  public String regionName(String code, Locale l) {
    return facilities.regions().stream()
        .filter(r -> r.code().equals(code))
        .map(r -> r.name(l))
        .findFirst()
        .orElseGet(() -> Objects.requireNonNullElse(RegionMap.name(code, l), code));
  }

  public String ruleName(String rule, Locale l) {
    return messages.getMessage("safeguards.rule." + rule, null, rule, l);
  }

  /** Regions Habeas knows, for the filter. */
  public List<Region> regions() {
    return facilities.regions();
  }

  public List<Facility> facilities() {
    return facilities.all();
  }

  private @Nullable Double overallCompliance(Figures f) {
    long met = 0;
    long due = 0;
    for (var c : f.rules().values()) {
      met += c.met();
      due += c.met() + c.late() + c.breached();
    }
    return due == 0 ? null : 100.0 * met / due;
  }

  /**
   * Minutes as hours and minutes in the viewer's language, e.g. {@code 5 сағ 03}; a dash if none.
   */
  public String duration(@Nullable Double minutes, Locale l) {
    if (minutes == null) {
      return "—";
    }
    long m = Math.round(minutes);
    return msg(
        l, "stats.duration", Long.toString(m / 60), String.format(Locale.ROOT, "%02d", m % 60));
  }

  private static String pct(@Nullable Double p) {
    return p == null ? "—" : Math.round(p) + " %";
  }

  private static String pct(@Nullable Long p) {
    return p == null ? "—" : p + " %";
  }

  public String msg(Locale l, String key, Object... args) {
    return messages.getMessage(key, args, key, l);
  }

  private String msgOr(Locale l, String key, String fallback) {
    return messages.getMessage(key, null, fallback, l);
  }
}
