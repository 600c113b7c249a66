package org.habeas.statistics.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A value axis from zero with round ticks: the top is the smallest multiple of a 1-2-5 step that
 * holds the maximum, with about {@code targetTicks} steps.
 *
 * @param step the distance between ticks
 * @param top the axis maximum, a multiple of {@code step}, at least the data maximum
 */
public record Scale(double step, double top) {

  /** A scale for data from zero to {@code max}. */
  public static Scale nice(double max, int targetTicks) {
    if (!(max > 0) || Double.isInfinite(max)) {
      return new Scale(1, 1);
    }
    double raw = max / Math.max(1, targetTicks);
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double residual = raw / magnitude;
    double step;
    if (residual <= 1) {
      step = magnitude;
    } else if (residual <= 2) {
      step = 2 * magnitude;
    } else if (residual <= 5) {
      step = 5 * magnitude;
    } else {
      step = 10 * magnitude;
    }
    if (step < 1 && max >= 1) {
      step = 1;
    }
    double top = Math.ceil(max / step - 1e-9) * step;
    return new Scale(step, top);
  }

  /** The ticks from zero to the top. */
  public List<Double> ticks() {
    var out = new ArrayList<Double>();
    int n = (int) Math.round(top / step);
    for (int i = 0; i <= n; i++) {
      out.add(i * step);
    }
    return out;
  }

  /** Where {@code value} lies along an axis of {@code length} pixels. */
  public double position(double value, double length) {
    return Math.max(0, Math.min(1, value / top)) * length;
  }

  /** A tick as text: whole numbers without decimals. */
  public static String label(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
