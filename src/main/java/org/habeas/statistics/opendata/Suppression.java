package org.habeas.statistics.opendata;

import java.util.BitSet;
import java.util.List;

/**
 * Small-number suppression of a table of counts with its totals, so that no person can be singled
 * out.
 *
 * <ol>
 *   <li><b>Primary:</b> every count from 1 to {@value #THRESHOLD} minus one, inner cell or total,
 *       is suppressed (zero is shown: it singles no one out).
 *   <li><b>Secondary:</b> the published totals are linear equations over the cells (each row adds
 *       up to its row total, each column to its column total, the totals to the grand total). A
 *       suppressed cell is <i>derivable</i> when those equations fix its value given the published
 *       cells; while any suppressed cell is derivable, the smallest published non-zero cell in one
 *       of its equations is suppressed too (a zero only when nothing else is left). Derivability is
 *       decided exactly: the cell's unit vector lies in the row space of the equations restricted
 *       to the suppressed cells.
 * </ol>
 *
 * <p>This protects against exact derivation by subtraction, also across several rows and columns.
 */
public final class Suppression {

  /** Counts below this are suppressed. */
  public static final int THRESHOLD = 5;

  private Suppression() {}

  /**
   * A table of counts and which totals are published.
   *
   * @param cells counts by row and column, all rows the same length
   * @param groups the columns that add up to the row total, as groups of column indexes: one group
   *     of all columns for a plain table; two for a table showing one total split two ways (e.g.
   *     questionings on video or not, and at night or not)
   * @param rowTotals whether each row's total is published
   * @param columnTotals whether each column's total is published
   */
  public record Table(long[][] cells, List<int[]> groups, boolean rowTotals, boolean columnTotals) {

    /** A plain table: all columns add up to the row total. */
    public Table(long[][] cells, boolean rowTotals, boolean columnTotals) {
      this(cells, List.of(all(cells)), rowTotals, columnTotals);
    }

    private static int[] all(long[][] cells) {
      int n = cells.length == 0 ? 0 : cells[0].length;
      var a = new int[n];
      for (int j = 0; j < n; j++) {
        a[j] = j;
      }
      return a;
    }

    public int rows() {
      return cells.length;
    }

    public int columns() {
      return cells.length == 0 ? 0 : cells[0].length;
    }

    /** The row's total: the sum of its first group of columns. */
    public long rowTotal(int i) {
      long s = 0;
      for (int j : groups.getFirst()) {
        s += cells[i][j];
      }
      return s;
    }

    public long columnTotal(int j) {
      long s = 0;
      for (long[] row : cells) {
        s += row[j];
      }
      return s;
    }

    public long grandTotal() {
      long s = 0;
      for (int i = 0; i < rows(); i++) {
        s += rowTotal(i);
      }
      return s;
    }

    /** Whether the grand total is published (when any totals are). */
    public boolean grand() {
      return rowTotals || columnTotals;
    }

    /** Number of positions: cells, then row totals, column totals and the grand total. */
    int size() {
      return rows() * columns() + rows() + columns() + 1;
    }

    int cell(int i, int j) {
      return i * columns() + j;
    }

    int rowTotalAt(int i) {
      return rows() * columns() + i;
    }

    int columnTotalAt(int j) {
      return rows() * columns() + rows() + j;
    }

    int grandAt() {
      return rows() * columns() + rows() + columns();
    }

    /** Whether the position is published at all (totals only when chosen). */
    boolean published(int p) {
      if (p < rows() * columns()) {
        return true;
      }
      if (p < rows() * columns() + rows()) {
        return rowTotals;
      }
      if (p < grandAt()) {
        return columnTotals;
      }
      return grand();
    }

    long value(int p) {
      int n = rows() * columns();
      if (p < n) {
        return cells[p / columns()][p % columns()];
      }
      if (p < n + rows()) {
        return rowTotal(p - n);
      }
      if (p < grandAt()) {
        return columnTotal(p - n - rows());
      }
      return grandTotal();
    }
  }

  /** Which positions of a table are suppressed. */
  public record Result(Table table, BitSet suppressed) {

    public boolean cell(int i, int j) {
      return suppressed.get(table.cell(i, j));
    }

    public boolean rowTotal(int i) {
      return suppressed.get(table.rowTotalAt(i));
    }

    public boolean columnTotal(int j) {
      return suppressed.get(table.columnTotalAt(j));
    }

    public boolean grandTotal() {
      return suppressed.get(table.grandAt());
    }
  }

  /** Whether a count is too small to publish. */
  public static boolean small(long n) {
    return n > 0 && n < THRESHOLD;
  }

  /** Suppresses the table's small counts and whatever would give them away. */
  public static Result apply(Table t) {
    var s = new BitSet();
    for (int p = 0; p < t.size(); p++) {
      if (t.published(p) && small(t.value(p))) {
        s.set(p);
      }
    }
    var equations = TotalEquations.of(t);
    while (true) {
      var d = Derivation.derivable(t.size(), equations, s);
      if (d.isEmpty()) {
        break;
      }
      int next = partner(t, equations, s, d);
      if (next < 0) {
        break; // everything is suppressed already
      }
      s.set(next);
    }
    return new Result(t, s);
  }

  /**
   * The smallest published non-zero cell sharing an equation with a derivable one ({@code d}), a
   * zero only if there is none, else any published cell.
   */
  private static int partner(Table t, List<int[][]> equations, BitSet s, BitSet d) {
    int best = -1;
    for (boolean allowZero : new boolean[] {false, true}) {
      for (var eq : equations) {
        if (!touches(eq, d)) {
          continue;
        }
        for (var term : eq) {
          int q = term[0];
          if (s.get(q) || !t.published(q) || (!allowZero && t.value(q) == 0)) {
            continue;
          }
          if (best < 0 || rank(t, q) < rank(t, best)) {
            best = q;
          }
        }
      }
      if (best >= 0) {
        return best;
      }
    }
    for (int q = 0; q < t.size(); q++) {
      if (!s.get(q) && t.published(q) && (best < 0 || rank(t, q) < rank(t, best))) {
        best = q;
      }
    }
    return best;
  }

  /** Inner cells before totals, then smaller values first. */
  private static long rank(Table t, int q) {
    boolean total = q >= t.rows() * t.columns();
    return (total ? Long.MAX_VALUE / 2 : 0) + t.value(q);
  }

  private static boolean touches(int[][] eq, BitSet d) {
    for (var term : eq) {
      if (d.get(term[0])) {
        return true;
      }
    }
    return false;
  }
}
