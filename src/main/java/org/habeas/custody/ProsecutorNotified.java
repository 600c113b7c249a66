package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The prosecutor was told, of the detention or of ill-treatment.
 *
 * @param notifiedParty which prosecutor's office, and who there
 * @param means how, e.g. in writing
 * @param about what the notice was about; detention when absent
 */
public record ProsecutorNotified(
    @NotNull Instant occurredAt,
    @NotBlank String notifiedParty,
    @NotBlank String means,
    @Nullable NotificationSubject about)
    implements CustodyEvent {}
