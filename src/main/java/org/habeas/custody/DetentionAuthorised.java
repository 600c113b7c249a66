package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A custody officer authorised the detention (PACE s.37).
 *
 * <p>Reviews of detention are counted from this moment.
 */
public record DetentionAuthorised(@NotNull Instant occurredAt, @NotBlank String officer)
    implements CustodyEvent {}
