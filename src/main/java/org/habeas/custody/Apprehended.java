package org.habeas.custody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The moment of actual apprehension: it opens the record and starts every clock.
 *
 * <p>Recorded as the moment liberty was taken, not when the protocol was written: the gap between
 * the two is where unrecorded detention hides.
 *
 * @param facilityId the facility the person is being taken to, e.g. {@code kz-ast-tdf1}
 * @param grounds why the person was apprehended
 * @param suspectedOffence the offence suspected, e.g. an article of the criminal code
 * @param indictable whether that offence is indictable (PACE: it decides who may extend detention)
 * @param jurisdiction the legal order whose safeguards apply
 */
public record Apprehended(
    @NotNull Instant occurredAt,
    @NotBlank String facilityId,
    @Valid @NotNull Person person,
    @NotBlank String grounds,
    @Nullable String suspectedOffence,
    @Nullable Boolean indictable,
    @NotNull Jurisdiction jurisdiction)
    implements CustodyEvent {}
