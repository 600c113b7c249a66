package org.habeas.statistics.opendata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/** Which suppressed counts the published totals still fix: exact, by Gaussian elimination. */
final class Derivation {

  private Derivation() {}

  /**
   * The suppressed positions whose value the equations fix: reduce the equations restricted to the
   * suppressed positions to row echelon form; a position is fixed exactly when it is a pivot whose
   * reduced row has no other entry.
   */
  static BitSet derivable(int size, List<int[][]> equations, BitSet s) {
    int[] columnOf = new int[size];
    var positions = s.stream().toArray();
    Arrays.fill(columnOf, -1);
    for (int k = 0; k < positions.length; k++) {
      columnOf[positions[k]] = k;
    }
    int n = positions.length;
    var m = new ArrayList<double[]>();
    for (var eq : equations) {
      var row = new double[n];
      boolean any = false;
      for (var term : eq) {
        int c = columnOf[term[0]];
        if (c >= 0) {
          row[c] += term[1];
          any = true;
        }
      }
      if (any) {
        m.add(row);
      }
    }
    int rank = 0;
    int[] pivotRowOfColumn = new int[n];
    Arrays.fill(pivotRowOfColumn, -1);
    for (int c = 0; c < n && rank < m.size(); c++) {
      int pivot = -1;
      for (int r = rank; r < m.size(); r++) {
        if (Math.abs(m.get(r)[c]) > 1e-9) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      Collections.swap(m, rank, pivot);
      var pr = m.get(rank);
      double f = pr[c];
      for (int k = 0; k < n; k++) {
        pr[k] /= f;
      }
      for (int r = 0; r < m.size(); r++) {
        if (r == rank) {
          continue;
        }
        var row = m.get(r);
        double g = row[c];
        if (Math.abs(g) > 1e-12) {
          for (int k = 0; k < n; k++) {
            row[k] -= g * pr[k];
          }
        }
      }
      pivotRowOfColumn[c] = rank;
      rank++;
    }
    var out = new BitSet();
    for (int c = 0; c < n; c++) {
      int r = pivotRowOfColumn[c];
      if (r < 0) {
        continue;
      }
      var row = m.get(r);
      boolean alone = true;
      for (int k = 0; k < n; k++) {
        if (k != c && Math.abs(row[k]) > 1e-9) {
          alone = false;
          break;
        }
      }
      if (alone) {
        out.set(positions[c]);
      }
    }
    return out;
  }
}
