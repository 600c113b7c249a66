package org.habeas.custody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;

/**
 * A correction of an earlier event, which is never changed itself.
 *
 * <p>Its own {@code occurredAt} is when the correction was made; the {@code replacement} is the
 * event as it should have been recorded and counts in its place.
 *
 * @param correctsSeq the sequence number of the event corrected
 * @param replacement the corrected event, of the same type as the one it corrects
 */
public record Corrected(
    @NotNull Instant occurredAt,
    @Positive int correctsSeq,
    @NotBlank String reason,
    @Valid @NotNull CustodyEvent replacement)
    implements CustodyEvent {}
