package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * An officer authorised delaying a right, with reasons.
 *
 * <p>The rank is kept because the law says who may delay (a superintendent under PACE s.58, an
 * inspector under s.56, a senior officer unconnected with the case for the CPT).
 */
public record DelayAuthorised(
    @NotNull Instant occurredAt,
    @NotNull DelayedRight right,
    @NotBlank String authorisedBy,
    @NotBlank String rank,
    @NotBlank String reason)
    implements CustodyEvent {}
