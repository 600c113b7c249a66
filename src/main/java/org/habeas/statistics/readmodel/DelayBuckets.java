package org.habeas.statistics.readmodel;

import java.util.NavigableMap;
import org.jspecify.annotations.Nullable;

/**
 * Minutes kept as a histogram so medians and percentiles come from a few hundred rows whatever the
 * number of records: 5-minute buckets for the first 2 hours, 15-minute buckets to 24 hours, hourly
 * to 7 days, then 6-hour buckets. A percentile is interpolated within its bucket, so it is exact to
 * the bucket width (5 minutes where the law's shortest limits lie, 15 minutes around 3, 12 and 24
 * hours, an hour around 48 and 72).
 */
public final class DelayBuckets {

  private DelayBuckets() {}

  /** The lower bound, in minutes, of the bucket holding {@code minutes}. */
  public static int bucket(int minutes) {
    int m = Math.max(0, minutes);
    return m - m % width(m);
  }

  /** The width of the buckets where {@code minutes} lies. */
  public static int width(int minutes) {
    return minutes < 120 ? 5 : minutes < 24 * 60 ? 15 : minutes < 7 * 24 * 60 ? 60 : 360;
  }

  /**
   * The {@code p}-th quantile (0 to 1) of a histogram of bucket lower bounds to counts, by linear
   * interpolation inside the bucket; null for an empty histogram.
   */
  public static @Nullable Double quantile(NavigableMap<Integer, Long> histogram, double p) {
    long total = histogram.values().stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      return null;
    }
    double rank = p * total;
    long before = 0;
    for (var e : histogram.entrySet()) {
      long n = e.getValue();
      if (n <= 0) {
        continue;
      }
      if (before + n >= rank) {
        double inside = (rank - before) / n;
        return e.getKey() + inside * width(e.getKey());
      }
      before += n;
    }
    var last = histogram.lastEntry();
    return (double) last.getKey() + width(last.getKey());
  }
}
