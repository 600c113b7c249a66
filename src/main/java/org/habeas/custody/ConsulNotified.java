package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The consulate of a foreign national was told (VCCR art. 36).
 *
 * @param notifiedParty which consulate, and who there
 * @param means how, e.g. a note verbale
 * @param about what the notice was about; detention when absent
 */
public record ConsulNotified(
    @NotNull Instant occurredAt,
    @NotBlank String notifiedParty,
    @NotBlank String means,
    @Nullable NotificationSubject about)
    implements CustodyEvent {}
