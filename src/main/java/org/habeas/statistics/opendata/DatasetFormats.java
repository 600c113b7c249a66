package org.habeas.statistics.opendata;

import static org.habeas.statistics.opendata.OpenData.NAMES;
import static org.habeas.statistics.opendata.OpenData.SUPPRESSED;
import static org.habeas.statistics.opendata.OpenData.VERSION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habeas.statistics.opendata.OpenData.Column;
import org.habeas.statistics.opendata.OpenData.Dataset;
import org.jspecify.annotations.Nullable;

/** The data sets as published: CSV, JSON, and the schema document that describes them. */
public final class DatasetFormats {

  private DatasetFormats() {}

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
      for (var c : OpenData.columns(name)) {
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
      r.put("description", OpenData.description(name));
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
