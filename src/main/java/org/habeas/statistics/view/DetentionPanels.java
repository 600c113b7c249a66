package org.habeas.statistics.view;

import static org.habeas.statistics.view.Labels.pct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.statistics.charts.Charts;
import org.habeas.statistics.charts.Charts.Series;
import org.habeas.statistics.charts.RegionMap;
import org.habeas.statistics.readmodel.Figures;
import org.habeas.statistics.readmodel.Figures.Totals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Where and when people were detained: by month and region, on the map, by facility. */
@Component
class DetentionPanels {

  private final Labels labels;

  DetentionPanels(Labels labels) {
    this.labels = labels;
  }

  Panel detentions(Figures f, Locale l) {
    var regions = new ArrayList<>(f.byRegion().keySet());
    var series = new ArrayList<Series>();
    for (var r : regions) {
      var values = new ArrayList<Double>();
      for (var m : f.months()) {
        values.add((double) f.byMonthRegion().getOrDefault(m, Map.of()).getOrDefault(r, 0L));
      }
      series.add(new Series(labels.regionName(r, l), values));
    }
    var title = labels.msg(l, "stats.panel.detentions");
    var svg =
        Charts.stackedColumns(
            "chart-detentions", title, labels.msg(l, "stats.desc.detentions"), f.months(), series);
    var headers = new ArrayList<String>();
    headers.add(labels.msg(l, "stats.col.month"));
    regions.forEach(r -> headers.add(labels.regionName(r, l)));
    headers.add(labels.msg(l, "stats.col.total"));
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
    return new Panel("detentions", title, svg, headers, rows, null);
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
              rows.add(List.of(labels.regionName(code, l), text));
            });
    var title = labels.msg(l, "stats.panel.map", labels.msg(l, "stats.map." + figure));
    var svg =
        RegionMap.render(
            "chart-map",
            title,
            labels.msg(l, "stats.desc.map"),
            values,
            texts,
            labels.msg(l, "stats.noData"),
            l);
    return new Panel(
        "map",
        title,
        svg,
        List.of(labels.msg(l, "stats.col.region"), labels.msg(l, "stats.map." + figure)),
        rows,
        labels.msg(l, "stats.note.map"));
  }

  private static @Nullable Double regionValue(Figures f, String code, Totals t, String figure) {
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
      case "lawyer" -> labels.duration(v * 60, l);
      case "video", "late", "compliance" -> Math.round(v) + " %";
      default -> Long.toString(Math.round(v));
    };
  }

  Panel byFacility(Figures f, Locale l) {
    var names = labels.facilityNames();
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
        labels.msg(l, "stats.panel.facilities"),
        null,
        List.of(
            labels.msg(l, "stats.col.facility"),
            labels.msg(l, "stats.col.records"),
            labels.msg(l, "stats.col.juveniles"),
            labels.msg(l, "stats.col.questionings"),
            labels.msg(l, "stats.col.onVideo") + " %",
            labels.msg(l, "stats.col.atNight"),
            labels.msg(l, "stats.col.lateEntries") + " %"),
        rows,
        null);
  }
}
