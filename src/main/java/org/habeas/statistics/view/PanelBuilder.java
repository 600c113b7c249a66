package org.habeas.statistics.view;

import static org.habeas.statistics.view.Labels.pct;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.habeas.statistics.opendata.OpenData.Dataset;
import org.habeas.statistics.readmodel.Figures;
import org.habeas.system.Facility;
import org.habeas.system.Region;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The panels the statistics pages and the annual report show: the signed-in dashboard, its summary
 * and the year-on-year comparison from the figures, the public dashboard from the open data sets.
 */
@Component
public class PanelBuilder {

  /** The figures the map can be coloured by. */
  public static final List<String> MAP_FIGURES =
      List.of("detentions", "compliance", "lawyer", "video", "night", "late");

  private final Labels labels;
  private final DetentionPanels detentions;
  private final SafeguardPanels safeguards;
  private final ProvidedPanels provided;
  private final PublicPanels published;

  PanelBuilder(
      Labels labels,
      DetentionPanels detentions,
      SafeguardPanels safeguards,
      ProvidedPanels provided,
      PublicPanels published) {
    this.labels = labels;
    this.detentions = detentions;
    this.safeguards = safeguards;
    this.provided = provided;
    this.published = published;
  }

  /** The panels of a signed-in dashboard (and of the report). */
  public List<Panel> dashboard(Figures f, Locale l, String mapFigure, boolean withFacilities) {
    var out = new ArrayList<Panel>();
    out.add(detentions.detentions(f, l));
    out.add(detentions.map(f, l, mapFigure));
    out.add(safeguards.compliance(f, l));
    out.add(safeguards.delays(f, l));
    out.add(safeguards.questionings(f, l));
    out.add(safeguards.lateEntries(f, l));
    if (withFacilities) {
      out.add(detentions.byFacility(f, l));
    }
    out.addAll(provided.all(f.filter(), l));
    return out;
  }

  /** The public panels, from the open data sets (so the page never shows more than they do). */
  public List<Panel> publicDashboard(Map<String, Dataset> data, Locale l) {
    return published.of(data, l);
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
        null);
  }

  private List<String> cmp(Locale l, String key, long a, long b) {
    return List.of(msg(l, key), Long.toString(a), Long.toString(b));
  }

  private static @Nullable Double overallCompliance(Figures f) {
    long met = 0;
    long due = 0;
    for (var c : f.rules().values()) {
      met += c.met();
      due += c.met() + c.late() + c.breached();
    }
    return due == 0 ? null : 100.0 * met / due;
  }

  // --- Names, for the pages and the report -------------------------------------------------

  /** Regions Habeas knows, for the filter. */
  public List<Region> regions() {
    return labels.regions();
  }

  public List<Facility> facilities() {
    return labels.facilities();
  }

  /**
   * Minutes as hours and minutes in the viewer's language, e.g. {@code 5 сағ 03}; a dash if none.
   */
  public String duration(@Nullable Double minutes, Locale l) {
    return labels.duration(minutes, l);
  }

  public String msg(Locale l, String key, Object... args) {
    return labels.msg(l, key, args);
  }
}
