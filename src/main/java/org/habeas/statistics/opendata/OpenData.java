package org.habeas.statistics.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habeas.statistics.StatisticsFilter;
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
      case "detentions" -> Datasets.detentions(year, f);
      case "safeguards-compliance" -> Datasets.compliance(year, f);
      case "questionings" -> Datasets.questionings(year, f);
      case "late-entries" -> Datasets.lateEntries(year, f);
      default -> Datasets.delays(year, f);
    };
  }

  /** Column definitions of every data set, for the schema document. */
  public static List<Column> columns(String name) {
    return build(name, 2000, emptyFigures(2000)).columns();
  }

  /** What a data set holds, for the schema document. */
  static String description(String name) {
    return build(name, 2000, emptyFigures(2000)).description();
  }

  /** The data set as CSV (RFC 4180, UTF-8, header row; suppressed cells read "suppressed"). */
  public static String csv(Dataset d) {
    return DatasetFormats.csv(d);
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
}
