package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A questioning of the person began.
 *
 * @param legalRepresentativePresent for a juvenile: a legal representative or appropriate adult
 *     present
 * @param videoRecordingId the recording that covers the questioning
 * @param urgencyReason why questioning could not wait, e.g. at night
 */
public record InterrogationStarted(
    @NotNull Instant occurredAt,
    @NotBlank String interrogator,
    @NotNull Boolean lawyerPresent,
    @Nullable Boolean legalRepresentativePresent,
    @Nullable Boolean interpreterPresent,
    @Nullable String videoRecordingId,
    @Nullable String urgencyReason)
    implements CustodyEvent {}
