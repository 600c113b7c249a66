package org.habeas.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.habeas.statistics.opendata.Suppression;
import org.habeas.statistics.opendata.Suppression.Table;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  @Test
  void aLoneSmallCellInARowTakesTheNextSmallestWithIt() {
    var t = new Table(new long[][] {{3, 10, 20}, {12, 15, 30}}, true, true);
    var r = Suppression.apply(t);
    assertThat(r.cell(0, 0)).isTrue();
    // Row 0 total is published, so a second cell of row 0 must go: the next smallest, 10.
    assertThat(r.cell(0, 1)).isTrue();
    // Column 0 and 1 totals are published, so row 1 must lose cells in both columns too.
    assertThat(r.cell(1, 0)).isTrue();
    assertThat(r.cell(1, 1)).isTrue();
    assertThat(r.cell(0, 2)).isFalse();
    assertNothingSmallOrDerivable(t, r.suppressed());
  }

  @Test
  void aSmallTotalIsSuppressedToo() {
    var t = new Table(new long[][] {{2}, {1}, {9}}, false, true);
    var r = Suppression.apply(t);
    assertThat(r.cell(0, 0)).isTrue();
    assertThat(r.cell(1, 0)).isTrue();
    assertNothingSmallOrDerivable(t, r.suppressed());
  }

  @Test
  void zerosAndLargeCountsStandWhenNothingIsSmall() {
    var t = new Table(new long[][] {{0, 10}, {7, 5}}, true, true);
    assertThat(Suppression.apply(t).suppressed().isEmpty()).isTrue();
  }

  @Test
  void twoWaysOfSplittingOneTotalAreProtectedTogether() {
    // Questionings by region: on video or not (columns 0, 1), at night or not (columns 2, 3).
    var t =
        new Table(
            new long[][] {{20, 2, 5, 17}, {30, 10, 12, 28}},
            List.of(new int[] {0, 1}, new int[] {2, 3}),
            true,
            true);
    var r = Suppression.apply(t);
    assertThat(r.cell(0, 1)).isTrue();
    assertNothingSmallOrDerivable(t, r.suppressed());
  }

  /** Property: for random tables, nothing published is 1–4 and nothing suppressed is derivable. */
  @RepeatedTest(300)
  void randomTablesNeverGiveASmallCellAway(RepetitionInfo info) {
    var random = new Random(1000L + info.getCurrentRepetition());
    int rows = 1 + random.nextInt(5);
    int cols = 1 + random.nextInt(5);
    var cells = new long[rows][cols];
    for (var row : cells) {
      for (int j = 0; j < cols; j++) {
        int kind = random.nextInt(4);
        row[j] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : random.nextInt(40);
      }
    }
    boolean rowTotals = random.nextBoolean();
    boolean columnTotals = random.nextBoolean() || !rowTotals;
    var t = new Table(cells, rowTotals, columnTotals);
    assertNothingSmallOrDerivable(t, Suppression.apply(t).suppressed());
  }

  /** Checks with exact integer arithmetic, independently of the production elimination. */
  static void assertNothingSmallOrDerivable(Table t, BitSet suppressed) {
    var positions = positions(t);
    for (var p : positions) {
      if (p.published && p.value > 0 && p.value < 5) {
        assertThat(suppressed.get(p.index)).as("small value at %s is published", p.index).isTrue();
      }
    }
    var equations = equations(t);
    var hidden = suppressed.stream().toArray();
    var base = restricted(equations, hidden);
    int rank = rank(base);
    for (int k = 0; k < hidden.length; k++) {
      var withUnit = new ArrayList<>(base);
      var unit = new long[hidden.length];
      unit[k] = 1;
      withUnit.add(unit);
      assertThat(rank(withUnit))
          .as("suppressed position %s can be worked out from the totals", hidden[k])
          .isGreaterThan(rank);
    }
  }

  record Position(int index, long value, boolean published) {}

  /** Cells, row totals, column totals, grand total: the same numbering as the production code. */
  static List<Position> positions(Table t) {
    var out = new ArrayList<Position>();
    int n = 0;
    for (int i = 0; i < t.rows(); i++) {
      for (int j = 0; j < t.columns(); j++) {
        out.add(new Position(n++, t.cells()[i][j], true));
      }
    }
    for (int i = 0; i < t.rows(); i++) {
      out.add(new Position(n++, t.rowTotal(i), t.rowTotals()));
    }
    for (int j = 0; j < t.columns(); j++) {
      out.add(new Position(n++, t.columnTotal(j), t.columnTotals()));
    }
    out.add(new Position(n, t.grandTotal(), t.rowTotals() || t.columnTotals()));
    return out;
  }

  /** Every linear relation the published totals state, written out independently. */
  static List<long[]> equations(Table t) {
    int r = t.rows();
    int c = t.columns();
    int size = r * c + r + c + 1;
    var out = new ArrayList<long[]>();
    if (t.rowTotals()) {
      for (int i = 0; i < r; i++) {
        for (int[] g : t.groups()) {
          var e = new long[size];
          for (int j : g) {
            e[i * c + j] = 1;
          }
          e[r * c + i] = -1;
          out.add(e);
        }
      }
      var e = new long[size];
      for (int i = 0; i < r; i++) {
        e[r * c + i] = 1;
      }
      e[size - 1] = -1;
      out.add(e);
    }
    if (t.columnTotals()) {
      for (int j = 0; j < c; j++) {
        var e = new long[size];
        for (int i = 0; i < r; i++) {
          e[i * c + j] = 1;
        }
        e[r * c + r + j] = -1;
        out.add(e);
      }
      for (int[] g : t.groups()) {
        var e = new long[size];
        for (int j : g) {
          e[r * c + r + j] = 1;
        }
        e[size - 1] = -1;
        out.add(e);
      }
    }
    return out;
  }

  static List<long[]> restricted(List<long[]> equations, int[] hidden) {
    var out = new ArrayList<long[]>();
    for (var e : equations) {
      var row = new long[hidden.length];
      for (int k = 0; k < hidden.length; k++) {
        row[k] = e[hidden[k]];
      }
      out.add(row);
    }
    return out;
  }

  /** Rank by fraction-free elimination over the integers. */
  static int rank(List<long[]> input) {
    var m = new ArrayList<long[]>();
    input.forEach(r -> m.add(r.clone()));
    int cols = m.isEmpty() ? 0 : m.getFirst().length;
    int rank = 0;
    for (int c = 0; c < cols && rank < m.size(); c++) {
      int pivot = -1;
      for (int i = rank; i < m.size(); i++) {
        if (m.get(i)[c] != 0) {
          pivot = i;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      var p = m.get(pivot);
      m.set(pivot, m.get(rank));
      m.set(rank, p);
      for (int i = rank + 1; i < m.size(); i++) {
        var row = m.get(i);
        if (row[c] == 0) {
          continue;
        }
        long a = p[c];
        long b = row[c];
        long g = 0;
        for (int k = 0; k < cols; k++) {
          row[k] = row[k] * a - p[k] * b;
          g = gcd(g, Math.abs(row[k]));
        }
        if (g > 1) {
          for (int k = 0; k < cols; k++) {
            row[k] /= g;
          }
        }
      }
      rank++;
    }
    return rank;
  }

  static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
