package org.habeas.statistics.opendata;

import java.util.ArrayList;
import java.util.List;
import org.habeas.statistics.opendata.Suppression.Table;

/**
 * What the published totals of a table give away: each total is a linear equation over the
 * positions it adds up (each row to its row total, once per group of columns; each column to its
 * column total; the totals to the grand total).
 */
final class TotalEquations {

  private TotalEquations() {}

  /** The equations the published totals make: each a list of (position, coefficient). */
  static List<int[][]> of(Table t) {
    var out = new ArrayList<int[][]>();
    if (t.rowTotals()) {
      for (int i = 0; i < t.rows(); i++) {
        for (int[] group : t.groups()) {
          var eq = new int[group.length + 1][];
          for (int k = 0; k < group.length; k++) {
            eq[k] = new int[] {t.cell(i, group[k]), 1};
          }
          eq[group.length] = new int[] {t.rowTotalAt(i), -1};
          out.add(eq);
        }
      }
    }
    if (t.columnTotals()) {
      for (int j = 0; j < t.columns(); j++) {
        var eq = new int[t.rows() + 1][];
        for (int i = 0; i < t.rows(); i++) {
          eq[i] = new int[] {t.cell(i, j), 1};
        }
        eq[t.rows()] = new int[] {t.columnTotalAt(j), -1};
        out.add(eq);
      }
    }
    if (t.rowTotals()) {
      var eq = new int[t.rows() + 1][];
      for (int i = 0; i < t.rows(); i++) {
        eq[i] = new int[] {t.rowTotalAt(i), 1};
      }
      eq[t.rows()] = new int[] {t.grandAt(), -1};
      out.add(eq);
    } else if (t.columnTotals()) {
      for (int[] group : t.groups()) {
        var eq = new int[group.length + 1][];
        for (int k = 0; k < group.length; k++) {
          eq[k] = new int[] {t.columnTotalAt(group[k]), 1};
        }
        eq[group.length] = new int[] {t.grandAt(), -1};
        out.add(eq);
      }
    }
    return out;
  }
}
