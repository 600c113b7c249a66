package org.habeas.custody;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The events a record should have and does not: history is append-only, so its seqs run 1..n
 * without a gap, and every seq the tamper-evident log committed to is stored. A gap, or a committed
 * event that is not stored, means a row was deleted behind the application's back (issue 14,
 * finding 3): the record must then not be shown as if it were whole.
 */
final class MissingEvents {

  private MissingEvents() {}

  /**
   * The seqs missing from the stored ones, in order: those below the highest seq stored or
   * committed that are not stored.
   *
   * @param stored the seqs of the record's stored events
   * @param committed the seqs the log has committed to for the record
   */
  static List<Integer> of(Collection<Integer> stored, Collection<Integer> committed) {
    Set<Integer> present = Set.copyOf(stored);
    int highest =
        Math.max(
            stored.stream().mapToInt(Integer::intValue).max().orElse(0),
            committed.stream().mapToInt(Integer::intValue).max().orElse(0));
    var missing = new ArrayList<Integer>();
    for (int seq = 1; seq <= highest; seq++) {
      if (!present.contains(seq)) {
        missing.add(seq);
      }
    }
    return List.copyOf(missing);
  }

  /** The seqs as a message argument: "3, 5". */
  static String shown(List<Integer> seqs) {
    return seqs.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
