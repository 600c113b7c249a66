package org.habeas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One baseline file of the demo-data regression tests: tab-separated rows, the first {@code
 * identity} columns naming a row (the demo record's key first), the others its fields. Compared row
 * by row, so a failure names the row, the field, and the value before and after.
 *
 * <p>With {@code -Dhabeas.regression.write=true} ({@code ./habeas baseline}) the file is written
 * afresh instead, from the code as it is.
 */
record RegressionBaseline(String file, List<String> columns, int identity) {

  /** Whether the baselines are being written rather than checked. */
  static boolean writing() {
    return Boolean.getBoolean("habeas.regression.write");
  }

  /** Writes the rows as the baseline, or fails naming every difference from it. */
  void check(List<List<String>> rows, String generatedBy) {
    var now = sorted(rows);
    if (writing()) {
      write(now, generatedBy);
      return;
    }
    var before = read();
    assertThat(before).as("the baseline %s is empty", file).isNotEmpty();
    String diff = diff(before, now);
    assertThat(diff)
        .as(
            "%s: not as in the baseline %s (row: field: as it was → as it is now). If the"
                + " change is meant, write the baselines afresh with ./habeas baseline and say why"
                + " in the commit",
            generatedBy, file)
        .isEmpty();
  }

  /** The rows sorted, so that the order in which anything ran never matters. */
  static List<List<String>> sorted(List<List<String>> rows) {
    var out = new ArrayList<>(rows);
    out.sort(Comparator.comparing((List<String> r) -> String.join("\t", r)));
    return out;
  }

  /** What differs, row by row; empty when nothing does. */
  String diff(List<List<String>> before, List<List<String>> now) {
    var was = byIdentity(before);
    var is = byIdentity(now);
    var out = new StringBuilder();
    var all = new TreeMap<String, Boolean>();
    was.keySet().forEach(k -> all.put(k, true));
    is.keySet().forEach(k -> all.put(k, true));
    for (var id : all.keySet()) {
      var a = was.get(id);
      var b = is.get(id);
      if (a == null) {
        out.append("+ ").append(id).append(" (new row): ").append(fields(b)).append('\n');
      } else if (b == null) {
        out.append("- ").append(id).append(" (row gone): ").append(fields(a)).append('\n');
      } else if (!a.equals(b)) {
        for (int i = identity; i < columns.size(); i++) {
          String x = i < a.size() ? a.get(i) : "";
          String y = i < b.size() ? b.get(i) : "";
          if (!x.equals(y)) {
            out.append("  ")
                .append(id)
                .append(": ")
                .append(columns.get(i))
                .append(": ")
                .append(x)
                .append(" → ")
                .append(y)
                .append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  /** The rows by their identity; a repeated identity gets "#2", "#3"... in sorted order. */
  private Map<String, List<String>> byIdentity(List<List<String>> rows) {
    var out = new LinkedHashMap<String, List<String>>();
    for (var row : sorted(rows)) {
      String id = String.join(" ", row.subList(0, Math.min(identity, row.size())));
      String unique = id;
      for (int n = 2; out.containsKey(unique); n++) {
        unique = id + " #" + n;
      }
      out.put(unique, row);
    }
    return out;
  }

  private String fields(List<String> row) {
    var parts = new ArrayList<String>();
    for (int i = identity; i < row.size() && i < columns.size(); i++) {
      parts.add(columns.get(i) + "=" + row.get(i));
    }
    return String.join(", ", parts);
  }

  private void write(List<List<String>> rows, String generatedBy) {
    var text = new StringBuilder();
    text.append("# ").append(String.join("\t", columns)).append('\n');
    text.append("# ")
        .append(generatedBy)
        .append(", written by DemoOutcomesRegressionTests from the demo data at ")
        .append(DemoObligationsRegressionTest.DEMO_NOW)
        .append("; regenerate with ./habeas baseline\n");
    for (var row : rows) {
      text.append(String.join("\t", row)).append('\n');
    }
    try {
      var path = Path.of("src/test/resources", file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<List<String>> read() {
    try (InputStream in = RegressionBaseline.class.getClassLoader().getResourceAsStream(file)) {
      Objects.requireNonNull(in, file + " is missing: write it with ./habeas baseline");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> List.of(l.split("\t", -1)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
