package org.habeas.ledger.verify;

import static org.habeas.ledger.verify.Shown.UNCOMMITTED;
import static org.habeas.ledger.verify.Shown.text;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.habeas.ledger.CanonicalEvent;
import org.habeas.ledger.verify.ShownTables.Table;

/**
 * Checks the rows the pages show beside each logged stream against the events the log committed to.
 * Each of these rows is written in the transaction that logs its event, from the same values: a
 * custody record's opening row; a complaint's intake (its words and names through their digest),
 * documents and case file; a recommendation's text, statuses, progress reports, reviews and
 * verifications; a visit, its team, checklist, sample, findings, interviews, handed-over
 * allegations and evidence; a camera and its checks. A row changed, inserted or deleted behind the
 * application no longer says what its event says, and is reported as tampering by record, table and
 * column (never with the personal data it holds).
 *
 * <p>Columns that an event logged before they were committed does not cover cannot be checked; they
 * are counted and reported as notes. Read models the application rebuilds from the events ({@code
 * custody_record_view}, {@code complaint_current}) and the lookup of the parties a record names
 * ({@code custody_party}) are not history and are not checked here.
 */
final class ShownRows {

  private final StoredRows database;
  private final Report report;
  private final Map<String, Long> uncommitted = new TreeMap<>();
  private final Map<String, Long> unlogged = new TreeMap<>();
  private long rowsChecked;

  ShownRows(Connection db, Report report) {
    this.database = new StoredRows(db);
    this.report = report;
  }

  /**
   * Checks the shown rows of the streams whose logged events are {@code opened}; {@code keys} are
   * their record keys, which open the keyed digests of confidential text (LeafCommitments.digest).
   */
  void check(Map<String, List<CanonicalEvent>> opened, Map<String, byte[]> keys)
      throws SQLException {
    if (opened.isEmpty()) {
      return;
    }
    Map<String, LoggedRows> expected = new HashMap<>();
    opened.forEach((stream, events) -> expected.put(stream, LoggedRows.of(events)));
    List<String> ids = List.copyOf(opened.keySet());
    for (Table table : ShownTables.ALL) {
      Map<String, List<Shown>> stored = database.read(table, ids);
      for (String stream : ids) {
        LoggedRows logged = Objects.requireNonNull(expected.get(stream), "one per opened stream");
        List<Shown> rows = stored.getOrDefault(stream, List.of());
        byte[] key = keys.get(stream);
        if (key != null) {
          rows = rows.stream().map(row -> StoredRows.keyed(table.name(), row, key)).toList();
        }
        compare(
            stream,
            table.name(),
            rows,
            logged.rows.getOrDefault(table.name(), List.of()),
            logged.lenient.contains(table.name()));
      }
    }
  }

  /** Reports rows of streams that have no logged event at all, and what could not be checked. */
  void finish() throws SQLException {
    for (Table table : ShownTables.ALL) {
      for (String stream : database.orphans(table)) {
        report.tampered(
            "record "
                + stream
                + ": "
                + table.name()
                + " rows with no logged event at all (inserted behind the application)");
      }
    }
    report.ok(rowsChecked + " rows shown beside the events checked against what the log says");
    uncommitted.forEach(
        (column, rows) ->
            report.note(
                rows
                    + " rows were logged before "
                    + column
                    + " was committed: it cannot be checked there"));
    unlogged.forEach(
        (table, rows) ->
            report.note(
                rows
                    + " "
                    + table
                    + " rows were stored before such rows were logged: not checked"));
  }

  private void compare(
      String stream, String table, List<Shown> stored, List<Shown> logged, boolean lenient) {
    String at = "record " + stream + ": " + table + " row ";
    Function<Shown, String> which =
        row -> row.key() == null || row.key().equals(stream) ? "" : row.key() + " ";
    List<Shown> unmatchedStored = new ArrayList<>();
    List<Shown> unmatchedLogged = new ArrayList<>(logged);
    Map<String, Shown> byKey = new HashMap<>();
    for (Shown row : logged) {
      if (row.key() != null) {
        byKey.put(row.key(), row);
      }
    }
    for (Shown row : stored) {
      rowsChecked++;
      Shown match =
          row.key() != null
              ? byKey.get(row.key())
              : unmatchedLogged.stream()
                  .filter(l -> l.key() == null && differing(table, row, l, false).isEmpty())
                  .findFirst()
                  .orElse(null);
      if (match == null || !unmatchedLogged.remove(match)) {
        unmatchedStored.add(row);
        continue;
      }
      List<String> changed = differing(table, row, match, true);
      if (!changed.isEmpty()) {
        report.tampered(
            at
                + which.apply(row)
                + "changed after it was logged in seq "
                + match.seq()
                + ": "
                + String.join("; ", changed));
      }
    }
    // Rows matched as a multiset that differ: pair them in order to name what changed.
    List<Shown> unkeyedLogged =
        unmatchedLogged.stream().filter(l -> l.key() == null).collect(Collectors.toList());
    for (Shown row : List.copyOf(unmatchedStored)) {
      if (row.key() == null && !unkeyedLogged.isEmpty()) {
        Shown match = unkeyedLogged.removeFirst();
        unmatchedLogged.remove(match);
        unmatchedStored.remove(row);
        report.tampered(
            at
                + "logged in seq "
                + match.seq()
                + " changed after it was logged: "
                + String.join("; ", differing(table, row, match, true)));
      }
    }
    for (Shown row : unmatchedStored) {
      if (lenient) {
        unlogged.merge(table, 1L, Long::sum);
      } else {
        report.tampered(
            at + which.apply(row) + "is not in the log (inserted behind the application)");
      }
    }
    for (Shown row : unmatchedLogged) {
      report.tampered(
          at + which.apply(row) + "logged in seq " + row.seq() + " is missing (deleted)");
    }
  }

  /** Names the columns that differ; times with their values (they are no personal data). */
  private List<String> differing(String table, Shown stored, Shown logged, boolean count) {
    List<String> changed = new ArrayList<>();
    for (var column : logged.columns().entrySet()) {
      Object then = column.getValue();
      Object now = stored.columns().get(column.getKey());
      if (then == UNCOMMITTED) {
        if (count) {
          uncommitted.merge(table + "." + column.getKey(), 1L, Long::sum);
        }
      } else if (then instanceof Instant t && now instanceof Instant n) {
        // Databases keep microseconds, rounding the nanoseconds an event may claim.
        if (Duration.between(t, n).abs().toNanos() >= 1000) {
          changed.add(column.getKey() + " " + n + " was " + t);
        }
      } else if (!Objects.equals(text(now), text(then))) {
        changed.add(column.getKey() + " differs");
      }
    }
    return changed;
  }
}
