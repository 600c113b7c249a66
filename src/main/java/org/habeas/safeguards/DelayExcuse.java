package org.habeas.safeguards;

import java.time.Duration;
import java.util.List;
import org.habeas.custody.DelayedRight;

/**
 * A lawful delay of a right that excuses a failed check at questioning (CPT; ECtHR Ibrahim and
 * Others v. UK [GC] 2016): questioning without a lawyer while access to one is lawfully delayed.
 *
 * <p>Only a {@code DelayAuthorised} of {@code right} that every rule of the profile judging delays
 * of that right (a {@code delay-authorisation} rule, or a deadline's {@code delays}) finds lawful
 * excuses anything; a profile with no such rule excuses nothing. The delay runs from its
 * authorisation until the first {@code endedBy} event after it (a lawyer arriving), and never
 * beyond {@code upTo} after apprehension; only questioning that starts inside it is excused.
 *
 * @param right the right whose lawful delay excuses the check
 * @param upTo the longest a delay may last, counted from apprehension
 * @param endedBy events that end the delay: the right was granted after all
 */
public record DelayExcuse(DelayedRight right, Duration upTo, List<EventPattern> endedBy) {}
