package org.habeas.safeguards;

import java.util.List;
import java.util.Set;

/**
 * Who may lawfully extend a limit or delay a right, and in what kind of case.
 *
 * @param ranks the ranks that may, compared as {@link Qualifier#normaliseRank} does; empty means
 *     any rank
 * @param requires conditions of the case that must hold, e.g. an indictable offence
 * @param notInvolved whether the authorising officer must not have questioned the person (CPT: a
 *     senior officer unconnected with the case)
 */
public record Authority(List<String> ranks, Set<Condition> requires, boolean notInvolved) {

  /** Whether someone of the given rank may act, any rank when no ranks are listed. */
  public boolean allowsRank(String rank) {
    if (ranks.isEmpty()) {
      return true;
    }
    String wanted = Qualifier.normaliseRank(rank);
    return ranks.stream().map(Qualifier::normaliseRank).anyMatch(wanted::equals);
  }
}
