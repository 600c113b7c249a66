package org.habeas.safeguards;

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
 */
public record Delays(DelayedRight right, Authority by) {}
