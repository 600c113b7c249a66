package org.habeas.safeguards;

import java.time.Duration;
import java.util.Map;

/**
 * A time limit and its variants, e.g. 4 h of questioning, 2 h for a juvenile.
 *
 * <p>A variant is keyed by a {@link Condition} code, or by the type of the event that started the
 * clock (a medical examination within 24 h of admission, but within 1 h of an injury). When several
 * variants apply the shortest wins: the law's special limits exist to protect, never to extend.
 *
 * @param base the limit when no variant applies
 * @param variants limits for particular people, states or starting events, by key
 */
public record Limit(Duration base, Map<String, Duration> variants) {

  /** A limit without variants. */
  public static Limit of(Duration base) {
    return new Limit(base, Map.of());
  }
}
