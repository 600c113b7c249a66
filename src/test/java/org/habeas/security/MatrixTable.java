package org.habeas.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The access matrix as a person reads it (src/test/resources/security/access-matrix.md): one row
 * per route and object kind, one column per role, each cell the answer the product owes.
 *
 * <p>A cell is a status class ({@code 2xx}; {@code 3xx}, a redirect that is not to sign-in; {@code
 * login}, a redirect to sign-in; {@code flash}, a redirect that carries an error message; or an
 * exact status such as {@code 404}), several classes joined by {@code /} when either answer is
 * right, or {@code skip} when the request is not replayed (the notes say why). A trailing {@code
 * !F<n>} marks a known defect of finding n of issue 14: reported, not failed, until its fix lands.
 */
final class MatrixTable {

  /** The roles in the order of the columns: the demo sign-ins, then no sign-in at all. */
  static final List<String> ROLES =
      List.of(
          "officer",
          "officer-ew",
          "officer-alm",
          "officer-kar",
          "investigator",
          "doctor",
          "prosecutor",
          "lawyer",
          "monitor",
          "trainer",
          "focal-point",
          "admin",
          "anonymous");

  private static final Pattern ROUTE = Pattern.compile("(GET|POST|PUT|PATCH|DELETE) /\\S*");
  private static final Pattern CLASS = Pattern.compile("2xx|3xx|login|flash|[1-5][0-9][0-9]");

  /** A row's identity: the route ("METHOD /path/{var}") and the kind of object it is asked on. */
  record Key(String route, String object) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = route.compareTo(o.route);
      return c != 0 ? c : object.compareTo(o.object);
    }

    @Override
    public String toString() {
      return route + " [" + object + "]";
    }
  }

  /** One cell: the answers accepted, and the finding if the cell is a known defect. */
  record Expected(Set<String> classes, @Nullable String defect) {

    static Expected parse(String cell, int line) {
      var text = cell.strip();
      String defect = null;
      int bang = text.indexOf('!');
      if (bang >= 0) {
        defect = text.substring(bang + 1).strip();
        text = text.substring(0, bang).strip();
      }
      var classes = new LinkedHashSet<String>();
      for (var c : text.split("/")) {
        var s = c.strip();
        if (!s.equals("skip") && !CLASS.matcher(s).matches()) {
          throw new IllegalArgumentException("line " + line + ": unknown answer '" + s + "'");
        }
        classes.add(s);
      }
      return new Expected(classes, defect);
    }

    boolean skipped() {
      return classes.contains("skip");
    }

    boolean accepts(String actual) {
      return classes.contains(actual);
    }

    String text() {
      return String.join("/", classes) + (defect == null ? "" : " !" + defect);
    }
  }

  /** A row of the table. */
  record Row(Key key, Map<String, Expected> cells, String notes, int line) {}

  private MatrixTable() {}

  /** Reads every row of every table in the document whose first cell is a route. */
  static Map<Key, Row> read(List<String> lines) {
    var rows = new TreeMap<Key, Row>();
    List<String> header = null;
    for (int i = 0; i < lines.size(); i++) {
      var line = lines.get(i).strip();
      if (!line.startsWith("|")) {
        continue;
      }
      var cells = cells(line);
      if (cells.size() > 1 && cells.get(0).equals("route") && cells.get(1).equals("object")) {
        header = cells;
        if (!header.subList(2, 2 + ROLES.size()).equals(ROLES)) {
          throw new IllegalArgumentException("line " + (i + 1) + ": columns must be " + ROLES);
        }
        continue;
      }
      if (!ROUTE.matcher(cells.get(0)).matches()) {
        continue;
      }
      if (header == null || cells.size() < 2 + ROLES.size()) {
        throw new IllegalArgumentException("line " + (i + 1) + ": a row needs every role");
      }
      var key = new Key(cells.get(0), cells.get(1));
      var expected = new LinkedHashMap<String, Expected>();
      for (int r = 0; r < ROLES.size(); r++) {
        expected.put(ROLES.get(r), Expected.parse(cells.get(2 + r), i + 1));
      }
      var notes = cells.size() > 2 + ROLES.size() ? cells.get(2 + ROLES.size()) : "";
      if (rows.put(key, new Row(key, expected, notes, i + 1)) != null) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + key + " twice");
      }
    }
    return rows;
  }

  private static List<String> cells(String line) {
    var inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
    var out = new ArrayList<String>();
    for (var c : inner.split("\\|", -1)) {
      out.add(c.strip());
    }
    return out;
  }

  /** A row as the table writes it (the record mode prints observed rows this way). */
  static String render(Key key, Map<String, String> cells, String notes) {
    var sb = new StringBuilder("| ").append(key.route()).append(" | ").append(key.object());
    for (var role : ROLES) {
      sb.append(" | ").append(cells.getOrDefault(role, "?"));
    }
    return sb.append(" | ").append(notes).append(" |").toString();
  }
}
