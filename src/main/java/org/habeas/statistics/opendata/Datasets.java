package org.habeas.statistics.opendata;

import static org.habeas.statistics.opendata.OpenData.TOTAL;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.habeas.statistics.opendata.OpenData.Column;
import org.habeas.statistics.opendata.OpenData.Dataset;
import org.habeas.statistics.opendata.Suppression.Table;
import org.habeas.statistics.readmodel.Figures;
import org.jspecify.annotations.Nullable;

/**
 * The five data sets built from one year's figures: each a table of counts by region (or rule) with
 * its totals, suppressed as a whole ({@link Suppression}) before any cell is written.
 */
final class Datasets {

  private Datasets() {}

  private static final Column YEAR = new Column("year", "integer", "Calendar year");
  private static final Column REGION =
      new Column("region", "string", "Region code (as in Habeas), or \"total\" for all regions");

  static Dataset detentions(int year, Figures f) {
    var regions = new ArrayList<>(f.byRegion().keySet());
    var months = new ArrayList<String>();
    for (int m = 1; m <= 12; m++) {
      months.add(YearMonth.of(year, m).toString());
    }
    var cells = new long[regions.size()][months.size()];
    for (int i = 0; i < regions.size(); i++) {
      for (int j = 0; j < months.size(); j++) {
        cells[i][j] =
            f.byMonthRegion()
                .getOrDefault(months.get(j), Map.of())
                .getOrDefault(regions.get(i), 0L);
      }
    }
    var t = new Table(cells, true, true);
    var r = Suppression.apply(t);
    var rows = new ArrayList<List<@Nullable Object>>();
    for (int i = 0; i < regions.size(); i++) {
      for (int j = 0; j < months.size(); j++) {
        rows.add(row(year, months.get(j), regions.get(i), shown(cells[i][j], r.cell(i, j))));
      }
      rows.add(row(year, TOTAL, regions.get(i), shown(t.rowTotal(i), r.rowTotal(i))));
    }
    for (int j = 0; j < months.size(); j++) {
      rows.add(row(year, months.get(j), TOTAL, shown(t.columnTotal(j), r.columnTotal(j))));
    }
    rows.add(row(year, TOTAL, TOTAL, shown(t.grandTotal(), r.grandTotal())));
    return new Dataset(
        "detentions",
        year,
        "Custody records opened (deprivations of liberty) by month of apprehension (facility"
            + " time) and region.",
        List.of(
            YEAR,
            new Column("month", "string", "Month YYYY-MM, or \"total\" for the year"),
            REGION,
            new Column("detentions", "integer", "Custody records opened")),
        rows);
  }

  static Dataset compliance(int year, Figures f) {
    var rules = new ArrayList<>(f.rules().keySet());
    var cells = new long[rules.size()][3];
    for (int i = 0; i < rules.size(); i++) {
      var c = Objects.requireNonNull(f.rules().get(rules.get(i)), "one of its keys");
      cells[i] = new long[] {c.met(), c.late(), c.breached()};
    }
    var t = new Table(cells, true, true);
    var r = Suppression.apply(t);
    var outcomes = List.of("met_on_time", "late", "breached");
    var rows = new ArrayList<List<@Nullable Object>>();
    for (int i = 0; i < rules.size(); i++) {
      for (int j = 0; j < 3; j++) {
        rows.add(row(year, rules.get(i), outcomes.get(j), shown(cells[i][j], r.cell(i, j))));
      }
      rows.add(row(year, rules.get(i), TOTAL, shown(t.rowTotal(i), r.rowTotal(i))));
    }
    for (int j = 0; j < 3; j++) {
      rows.add(row(year, TOTAL, outcomes.get(j), shown(t.columnTotal(j), r.columnTotal(j))));
    }
    rows.add(row(year, TOTAL, TOTAL, shown(t.grandTotal(), r.grandTotal())));
    return new Dataset(
        "safeguards-compliance",
        year,
        "Obligations of the safeguard rules that fell due on the custody records of the year, by"
            + " rule and outcome: met on time, met late, breached (pending, waived and not"
            + " applicable obligations are not counted).",
        List.of(
            YEAR,
            new Column("rule", "string", "Rule id of the jurisdiction profile, or \"total\""),
            new Column("outcome", "string", "met_on_time, late, breached, or \"total\" (fell due)"),
            new Column("obligations", "integer", "Obligations")),
        rows);
  }

  static Dataset questionings(int year, Figures f) {
    var regions = new ArrayList<>(f.byRegion().keySet());
    var cells = new long[regions.size()][4];
    for (int i = 0; i < regions.size(); i++) {
      var t = Objects.requireNonNull(f.byRegion().get(regions.get(i)), "one of its keys");
      cells[i] =
          new long[] {
            t.questioningsVideo(),
            t.questionings() - t.questioningsVideo(),
            t.questioningsNight(),
            t.questionings() - t.questioningsNight()
          };
    }
    var t = new Table(cells, List.of(new int[] {0, 1}, new int[] {2, 3}), true, true);
    var r = Suppression.apply(t);
    var rows = new ArrayList<List<@Nullable Object>>();
    for (int i = 0; i < regions.size(); i++) {
      var row = new ArrayList<@Nullable Object>(List.of(year, regions.get(i)));
      row.add(shown(t.rowTotal(i), r.rowTotal(i)));
      for (int j = 0; j < 4; j++) {
        row.add(shown(cells[i][j], r.cell(i, j)));
      }
      rows.add(row);
    }
    var total = new ArrayList<@Nullable Object>(List.of(year, TOTAL));
    total.add(shown(t.grandTotal(), r.grandTotal()));
    for (int j = 0; j < 4; j++) {
      total.add(shown(t.columnTotal(j), r.columnTotal(j)));
    }
    rows.add(total);
    return new Dataset(
        "questionings",
        year,
        "Questionings of detained people by region: whether a video recording was referenced,"
            + " and whether any part fell at night (22:00 to 06:00 facility time).",
        List.of(
            YEAR,
            REGION,
            new Column("questionings", "integer", "Questionings started"),
            new Column("on_video", "integer", "With a video recording referenced"),
            new Column("not_on_video", "integer", "Without a video recording referenced"),
            new Column("at_night", "integer", "Any part between 22:00 and 06:00 facility time"),
            new Column("not_at_night", "integer", "Wholly between 06:00 and 22:00")),
        rows);
  }

  static Dataset lateEntries(int year, Figures f) {
    var regions = new ArrayList<>(f.byRegion().keySet());
    var cells = new long[regions.size()][2];
    for (int i = 0; i < regions.size(); i++) {
      var t = Objects.requireNonNull(f.byRegion().get(regions.get(i)), "one of its keys");
      cells[i] = new long[] {t.lateEntries(), t.events() - t.lateEntries()};
    }
    var t = new Table(cells, true, true);
    var r = Suppression.apply(t);
    var rows = new ArrayList<List<@Nullable Object>>();
    for (int i = 0; i < regions.size(); i++) {
      rows.add(
          row(
              year,
              regions.get(i),
              shown(t.rowTotal(i), r.rowTotal(i)),
              shown(cells[i][0], r.cell(i, 0)),
              shown(cells[i][1], r.cell(i, 1))));
    }
    rows.add(
        row(
            year,
            TOTAL,
            shown(t.grandTotal(), r.grandTotal()),
            shown(t.columnTotal(0), r.columnTotal(0)),
            shown(t.columnTotal(1), r.columnTotal(1))));
    return new Dataset(
        "late-entries",
        year,
        "Custody events by region, and those recorded more than an hour after they happened.",
        List.of(
            YEAR,
            REGION,
            new Column("events", "integer", "Events stored on the custody records"),
            new Column("late", "integer", "Recorded more than an hour after they happened"),
            new Column("on_time", "integer", "Recorded within the hour")),
        rows);
  }

  static Dataset delays(int year, Figures f) {
    var regions = new ArrayList<>(f.byRegion().keySet());
    var cells = new long[regions.size()][2];
    for (int i = 0; i < regions.size(); i++) {
      var l = f.lawyerByRegion().get(regions.get(i));
      var j = f.judgeByRegion().get(regions.get(i));
      cells[i] = new long[] {l == null ? 0 : l.count(), j == null ? 0 : j.count()};
    }
    var t = new Table(cells, false, true);
    var r = Suppression.apply(t);
    var rows = new ArrayList<List<@Nullable Object>>();
    var measures = List.of("lawyer", "judge");
    for (int i = 0; i < regions.size(); i++) {
      for (int m = 0; m < 2; m++) {
        var d =
            m == 0 ? f.lawyerByRegion().get(regions.get(i)) : f.judgeByRegion().get(regions.get(i));
        boolean hidden = r.cell(i, m) || cells[i][m] < Suppression.THRESHOLD;
        rows.add(
            row(
                year,
                regions.get(i),
                measures.get(m),
                shown(cells[i][m], r.cell(i, m)),
                hidden || d == null ? null : round(d.median()),
                hidden || d == null ? null : round(d.p90())));
      }
    }
    for (int m = 0; m < 2; m++) {
      var d = m == 0 ? f.lawyer() : f.judge();
      boolean hidden = r.columnTotal(m) || t.columnTotal(m) < Suppression.THRESHOLD;
      rows.add(
          row(
              year,
              TOTAL,
              measures.get(m),
              shown(t.columnTotal(m), r.columnTotal(m)),
              hidden ? null : round(d.median()),
              hidden ? null : round(d.p90())));
    }
    return new Dataset(
        "delays",
        year,
        "Time from apprehension to the first lawyer's arrival and to the first appearance before a"
            + " court, by region: median and 90th percentile in minutes, over the records where it"
            + " happened (from buckets of 5, 15 and 60 minutes; exact to the bucket).",
        List.of(
            YEAR,
            REGION,
            new Column("measure", "string", "lawyer or judge"),
            new Column("records", "integer", "Records where it happened"),
            new Column("median_minutes", "number", "Median minutes; empty when records under 5"),
            new Column("p90_minutes", "number", "90th percentile minutes; empty when under 5")),
        rows);
  }

  private static @Nullable Long round(@Nullable Double v) {
    return v == null ? null : Math.round(v);
  }

  private static @Nullable Object shown(long value, boolean suppressed) {
    return suppressed ? null : value;
  }

  private static List<@Nullable Object> row(@Nullable Object... values) {
    return Arrays.asList(values);
  }
}
