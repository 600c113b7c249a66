package org.habeas.safeguards.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habeas.safeguards.ObligationStatus;

/**
 * The obligations of one rule on a record, shown as one row (issue 15: a rule owing one obligation
 * per cell visit or late entry made an England record 6,800 px tall): how many, the worst status,
 * and the one to show in the row; all of them behind a {@code <details>}.
 *
 * @param all the rule's obligations, in the engine's order
 */
public record ObligationGroup(String ruleId, List<ObligationView> all) {

  /** From worst to best: what the row's status says. */
  static final List<ObligationStatus> SEVERITY =
      List.of(
          ObligationStatus.BREACHED,
          ObligationStatus.LATE,
          ObligationStatus.PENDING,
          ObligationStatus.WAIVED,
          ObligationStatus.MET,
          ObligationStatus.NOT_APPLICABLE);

  public ObligationGroup {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("a group has at least one obligation");
    }
    all = List.copyOf(all);
  }

  /** The obligations grouped by rule, in the order each rule first appears. */
  public static List<ObligationGroup> of(List<ObligationView> obligations) {
    var byRule = new LinkedHashMap<String, List<ObligationView>>();
    for (var o : obligations) {
      byRule.computeIfAbsent(o.ruleId(), k -> new ArrayList<>()).add(o);
    }
    return byRule.entrySet().stream()
        .map(e -> new ObligationGroup(e.getKey(), e.getValue()))
        .toList();
  }

  public int count() {
    return all.size();
  }

  /** Whether there is more than one, so the row collapses them. */
  public boolean collapsed() {
    return all.size() > 1;
  }

  /** The worst status among them. */
  public ObligationStatus worst() {
    return all.stream()
        .map(ObligationView::status)
        .min(Comparator.comparingInt(SEVERITY::indexOf))
        .orElseThrow();
  }

  /**
   * The one the row shows: the next pending one (earliest due) where one is pending and nothing is
   * worse, else the latest of the worst status.
   */
  public ObligationView shown() {
    var worst = worst();
    var ofWorst = all.stream().filter(o -> o.status() == worst).toList();
    if (worst == ObligationStatus.PENDING) {
      return ofWorst.stream()
          .min(Comparator.comparing(o -> o.dueAt() == null ? Instant.MAX : o.dueAt()))
          .orElseThrow();
    }
    return ofWorst.getLast();
  }

  /** How many stand in each status, worst first (only those with any). */
  public Map<ObligationStatus, Long> counts() {
    var out = new LinkedHashMap<ObligationStatus, Long>();
    for (var s : SEVERITY) {
      long n = all.stream().filter(o -> o.status() == s).count();
      if (n > 0) {
        out.put(s, n);
      }
    }
    return out;
  }
}
