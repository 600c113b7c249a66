package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The person was told their rights.
 *
 * @param language the language the rights were explained in
 */
public record RightsExplained(
    @NotNull Instant occurredAt,
    @NotBlank String language,
    @NotNull Boolean inWriting,
    @NotNull Boolean acknowledgedBySignature)
    implements CustodyEvent {}
