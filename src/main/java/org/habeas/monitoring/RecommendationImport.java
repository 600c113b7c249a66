package org.habeas.monitoring;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.habeas.system.Problem.FieldProblem;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads recommendations from CSV (a header row naming {@link RecommendationForm#COLUMNS}) or JSON
 * (an array of objects with those keys) and checks each row, for a preview with a row-by-row error
 * report. Nothing is stored here.
 */
public final class RecommendationImport {

  /** The most rows one import may hold. */
  public static final int MAX_ROWS = 1000;

  /** One row read: its number (1 for the first data row), the form, and what is wrong with it. */
  public record Row(int number, RecommendationForm form, List<FieldProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** The rows read, or a problem with the file as a whole (a message code). */
  public record Preview(List<Row> rows, @Nullable String fileProblem) {
    public boolean ok() {
      return fileProblem == null && !rows.isEmpty() && rows.stream().allMatch(Row::ok);
    }

    public long errors() {
      return rows.stream().filter(r -> !r.ok()).count();
    }
  }

  private RecommendationImport() {}

  public static Preview csv(String text, Set<String> facilityIds) {
    var format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (var parser = format.parse(new StringReader(stripBom(text)))) {
      var header = parser.getHeaderNames();
      var unknown = header.stream().filter(h -> !RecommendationForm.COLUMNS.contains(h)).toList();
      if (header.isEmpty() || !unknown.isEmpty()) {
        return new Preview(List.of(), "monitoring.import.badHeader");
      }
      var rows = new ArrayList<Row>();
      for (CSVRecord r : parser) {
        if (rows.size() >= MAX_ROWS) {
          return new Preview(List.of(), "monitoring.import.tooMany");
        }
        var values = new HashMap<String, @Nullable String>();
        for (var h : header) {
          values.put(h, r.isSet(h) ? r.get(h) : null);
        }
        rows.add(row(rows.size() + 1, values, facilityIds));
      }
      return new Preview(rows, rows.isEmpty() ? "monitoring.import.empty" : null);
    } catch (IOException | RuntimeException e) {
      return new Preview(List.of(), "monitoring.import.unreadable");
    }
  }

  public static Preview json(String text, JsonMapper json, Set<String> facilityIds) {
    JsonNode tree;
    try {
      tree = json.readTree(text);
    } catch (JacksonException e) {
      return new Preview(List.of(), "monitoring.import.unreadable");
    }
    if (tree == null || !tree.isArray()) {
      return new Preview(List.of(), "monitoring.import.notArray");
    }
    if (tree.size() > MAX_ROWS) {
      return new Preview(List.of(), "monitoring.import.tooMany");
    }
    var rows = new ArrayList<Row>();
    for (var node : tree) {
      var values = new HashMap<String, @Nullable String>();
      if (node.isObject()) {
        for (var c : RecommendationForm.COLUMNS) {
          var v = node.get(c);
          values.put(c, v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : "?");
        }
      }
      var row = row(rows.size() + 1, values, facilityIds);
      if (!node.isObject()) {
        row =
            new Row(
                row.number(),
                row.form(),
                List.of(new FieldProblem("", "monitoring.import.notObject")));
      }
      rows.add(row);
    }
    return new Preview(rows, rows.isEmpty() ? "monitoring.import.empty" : null);
  }

  private static Row row(int n, Map<String, @Nullable String> v, Set<String> facilityIds) {
    var form =
        new RecommendationForm(
            v.get("source"),
            v.get("sourceDocument"),
            v.get("paragraph"),
            v.get("textEn"),
            v.get("textRu"),
            v.get("textKk"),
            v.get("agency"),
            v.get("deadline"),
            v.get("theme"),
            v.get("affectedGroup"),
            v.get("sdgTargets"),
            v.get("facilityId"),
            v.get("findingId"),
            v.get("issuedOn"));
    return new Row(n, form, form.problems(facilityIds));
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
