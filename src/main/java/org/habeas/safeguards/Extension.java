package org.habeas.safeguards;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * When a {@code DetentionExtended} lawfully moves a deadline out, and how far.
 *
 * <p>An extension is lawful only when granted by an allowed rank, in a case meeting its conditions,
 * after enough reviews, before the deadline in force ran out and before {@code before}; it then
 * moves the deadline to its {@code until}, but never past {@code upTo}.
 *
 * @param by who may extend, and in what kind of case
 * @param upTo the furthest the deadline may be moved, counted from the deadline's own start
 * @param before the latest an extension may be granted, counted from the same start; when absent,
 *     only the deadline in force bounds it
 * @param afterReviews how many detention reviews must come before it (PACE s.42: the second)
 */
public record Extension(Authority by, Duration upTo, @Nullable Duration before, int afterReviews) {}
