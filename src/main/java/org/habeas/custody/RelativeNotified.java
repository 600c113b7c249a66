package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A relative, or a person the detainee named, was told.
 *
 * @param notifiedParty who was told
 * @param means how, e.g. telephone
 * @param about what the notice was about; detention when absent
 */
public record RelativeNotified(
    @NotNull Instant occurredAt,
    @NotBlank String notifiedParty,
    @NotBlank String means,
    @Nullable NotificationSubject about)
    implements CustodyEvent {}
