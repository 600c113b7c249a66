package org.habeas.statistics.opendata;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habeas.statistics.StatisticsFilter;
import org.habeas.statistics.opendata.Suppression.Table;
import org.habeas.statistics.readmodel.Dashboards;
import org.habeas.statistics.readmodel.Figures;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The open data sets: aggregates of one calendar year by region, never a record, never a person,
 * with every count from 1 to 4 suppressed and enough others suppressed that the totals cannot give
 * them back ({@link Suppression}). Schema version {@value #VERSION}: a change that removes or
 * renames a column or changes its meaning makes a new major version, served beside the old.
 */
@Component
public class OpenData {

  /** The schema version of every data set. */
  public static final String VERSION = "1.0";

  /** What a suppressed cell reads in CSV (null in JSON). */
  public static final String SUPPRESSED = "suppressed";

  /** The code of a total row or column. */
  public static final String TOTAL = "total";

  /** The data sets, in the order listed. */
  public static final List<String> NAMES =
      List.of("detentions", "safeguards-compliance", "questionings", "late-entries", "delays");

  /** One column: its name, Table Schema type and meaning (English; the page explains in all). */
  public record Column(String name, String type, String description) {}

  /** One data set for one year: rows of values (String, Long or Double), null where suppressed. */
  public record Dataset(
      String name,
      int year,
      String description,
      List<Column> columns,
      List<List<@Nullable Object>> rows) {}

  private final Dashboards dashboards;

  OpenData(Dashboards dashboards) {
    this.dashboards = dashboards;
  }

  /** The data set of this instance's own state, or null if there is no such name. */
  public @Nullable Dataset dataset(String name, int year) {
    return dataset(name, year, StatisticsFilter.HOME);
  }

  /**
   * The data set of one state's facilities (a facility's jurisdiction: {@code kz}, {@code ew}), or
   * null if there is no such name. Two states' figures are never added up: only internal callers
   * pass a null jurisdiction (every state), the public routes always name one.
   */
  public @Nullable Dataset dataset(String name, int year, @Nullable String jurisdiction) {
    if (!NAMES.contains(name)) {
      return null;
    }
    return build(
        name, year, dashboards.figures(StatisticsFilter.year(year).inJurisdiction(jurisdiction)));
  }

  /** Every data set of this instance's own state. */
  public Map<String, Dataset> all(int year) {
    return all(year, StatisticsFilter.HOME);
  }

  /**
   * Every data set of one state from one reading of the figures (the public dashboard's); null is
   * every state, for internal callers only.
   */
  public Map<String, Dataset> all(int year, @Nullable String jurisdiction) {
    var figures = dashboards.figures(StatisticsFilter.year(year).inJurisdiction(jurisdiction));
    var out = new LinkedHashMap<String, Dataset>();
    NAMES.forEach(n -> out.put(n, build(n, year, figures)));
    return out;
  }

  static Dataset build(String name, int year, Figures f) {
    return switch (name) {
      case "detentions" -> detentions(year, f);
      case "safeguards-compliance" -> compliance(year, f);
      case "questionings" -> questionings(year, f);
      case "late-entries" -> lateEntries(year, f);
      default -> delays(year, f);
    };
  }

  /** Column definitions of every data set, for the schema document. */
  public static List<Column> columns(String name) {
    return build(name, 2000, emptyFigures(2000)).columns();
  }

  private static Figures emptyFigures(int year) {
    var f = StatisticsFilter.year(year);
    return new Figures(
        f,
        List.of(),
        Figures.Totals.ZERO,
        Map.of(),
        Map.of(),
        Map.of(),
        Map.of(),
        new Figures.Delay(0, null, null),
        new Figures.Delay(0, null, null),
        Map.of(),
        Map.of(),
        Map.of());
  }

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
      var c = f.rules().get(rules.get(i));
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
      var t = f.byRegion().get(regions.get(i));
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
      var t = f.byRegion().get(regions.get(i));
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
    return java.util.Arrays.asList(values);
  }

  /** The data set as CSV (RFC 4180, UTF-8, header row; suppressed cells read "suppressed"). */
  public static String csv(Dataset d) {
    var s = new StringBuilder();
    s.append(String.join(",", d.columns().stream().map(Column::name).toList())).append("\r\n");
    for (var row : d.rows()) {
      var cells = new ArrayList<String>();
      for (int i = 0; i < row.size(); i++) {
        var v = row.get(i);
        var numeric = !d.columns().get(i).type().equals("string");
        cells.add(v == null ? (numeric ? SUPPRESSED : "") : quote(v.toString()));
      }
      s.append(String.join(",", cells)).append("\r\n");
    }
    return s.toString();
  }

  private static String quote(String v) {
    return v.contains(",") || v.contains("\"") || v.contains("\n")
        ? "\"" + v.replace("\"", "\"\"") + "\""
        : v;
  }

  /** The data set of one state as JSON: as {@link #json(Dataset, String)}, naming the state. */
  public static Map<String, Object> json(Dataset d, String generatedAt, String jurisdiction) {
    var plain = json(d, generatedAt);
    var out = new LinkedHashMap<String, Object>();
    plain.forEach(
        (k, v) -> {
          out.put(k, v);
          if (k.equals("year")) {
            out.put("jurisdiction", jurisdiction);
          }
        });
    return out;
  }

  /** The data set as JSON-ready maps: one object per row, suppressed cells null. */
  public static Map<String, Object> json(Dataset d, String generatedAt) {
    var rows = new ArrayList<Map<String, @Nullable Object>>();
    for (var row : d.rows()) {
      var m = new LinkedHashMap<String, @Nullable Object>();
      for (int i = 0; i < row.size(); i++) {
        m.put(d.columns().get(i).name(), row.get(i));
      }
      rows.add(m);
    }
    var out = new LinkedHashMap<String, Object>();
    out.put("dataset", d.name());
    out.put("schemaVersion", VERSION);
    out.put("schema", "/api/v1/open-data/schema/v1");
    out.put("year", d.year());
    out.put("generatedAt", generatedAt);
    out.put("description", d.description());
    out.put(
        "suppression",
        "Counts from 1 to 4 are suppressed (null), and further cells so that no suppressed count"
            + " can be worked out from the totals.");
    out.put("rows", rows);
    return out;
  }

  /** The versioned schema of every data set: a Frictionless Data Package with Table Schemas. */
  public static Map<String, Object> schema() {
    var resources = new ArrayList<Map<String, Object>>();
    for (var name : NAMES) {
      var fields = new ArrayList<Map<String, Object>>();
      for (var c : columns(name)) {
        var field = new LinkedHashMap<String, Object>();
        field.put("name", c.name());
        field.put("type", c.type());
        field.put("description", c.description());
        fields.add(field);
      }
      var schema = new LinkedHashMap<String, Object>();
      schema.put("fields", fields);
      schema.put("missingValues", List.of("", SUPPRESSED));
      var r = new LinkedHashMap<String, Object>();
      r.put("name", name);
      r.put("path", "/api/v1/open-data/" + name + ".csv");
      r.put("format", "csv");
      r.put("encoding", "utf-8");
      r.put("description", build(name, 2000, emptyFigures(2000)).description());
      r.put("schema", schema);
      resources.add(r);
    }
    var p = new LinkedHashMap<String, Object>();
    p.put("profile", "tabular-data-package");
    p.put("name", "habeas-open-data");
    p.put("version", VERSION);
    p.put("title", "Habeas open data: pre-trial detention and safeguards");
    p.put(
        "description",
        "Aggregates of custody records by year and region. No personal data. Counts from 1 to 4"
            + " are suppressed, with secondary suppression so totals cannot reveal them. Each"
            + " data set takes ?year=YYYY (default: the current year) and ?jurisdiction= (the"
            + " state: kz, the default, or ew); the figures of two states are never added up.");
    p.put(
        "licenses",
        List.of(Map.of("name", "CC-BY-4.0", "title", "Creative Commons Attribution 4.0")));
    p.put("resources", resources);
    return p;
  }
}
