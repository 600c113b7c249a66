package org.habeas.custody;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A foreign national, told of their right, said whether their consulate should be told of the
 * detention (VCCR art. 36(1)(b)); the consulate is told only at their request, and never against
 * their wish when they seek asylum.
 *
 * @param choice whether they asked for the consulate to be told
 * @param asylumSought whether they seek asylum (their state's consulate must then not be told
 *     against their wish)
 */
public record ConsularNotificationChosen(
    @NotNull Instant occurredAt, @NotNull ConsularChoice choice, @NotNull Boolean asylumSought)
    implements CustodyEvent {}
