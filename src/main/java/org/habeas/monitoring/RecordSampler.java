package org.habeas.monitoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Draws N custody records at random, reproducibly: the same candidates (in any order) and the same
 * seed give the same sample, so a sample can be checked after the visit.
 */
public final class RecordSampler {

  private RecordSampler() {}

  public static List<String> sample(List<String> candidates, int n, long seed) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative");
    }
    var sorted = new ArrayList<>(candidates.stream().distinct().sorted().toList());
    Collections.shuffle(sorted, new Random(seed));
    return List.copyOf(sorted.subList(0, Math.min(n, sorted.size())));
  }
}
