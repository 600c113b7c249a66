package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The person alleged ill-treatment; this raises a complaint automatically.
 *
 * @param against who the allegation is against, as the person put it
 */
public record AllegationMade(
    @NotNull Instant occurredAt, @NotBlank String against, @NotBlank String description)
    implements CustodyEvent {}
