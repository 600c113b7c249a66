package org.habeas.safeguards;

import java.util.List;
import org.habeas.custody.DelayedRight;

/**
 * Who may lawfully delay the right a deadline protects; each {@code DelayAuthorised} of that right
 * is judged as an obligation of the same rule.
 *
 * <p>A delay does not move the deadline: the law's outer limit for the right (PACE: 36 h) is the
 * deadline itself.
 *
 * @param right the right whose delays are judged
 * @param by who may delay it, and in what kind of case
 * @param until the events after which no delay is lawful (profile key {@code delays.until}, e.g.
 *     {@code Charged}: Code C Annex B delays only before charge); empty when nothing ends them. A
 *     delay authorised at or after the first such event is judged {@code BREACHED} with the reason
 *     {@link Reason#AFTER_END}; one authorised before it stays judged as it was, and ends there.
 *     Unlike a rule's own {@code until}, the right itself (and its deadline) goes on.
 */
public record Delays(DelayedRight right, Authority by, List<EventPattern> until) {

  /** Delays that nothing ends. */
  public Delays(DelayedRight right, Authority by) {
    this(right, by, List.of());
  }
}
