package org.habeas.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The person was charged with an offence (England and Wales, PACE s.37(7)), and the custody officer
 * decided on bail (s.38).
 *
 * <p>Charge ends the time counted under s.41 (24 h from the relevant time, to charge or release);
 * with bail refused the person is held for the first court sitting after charge (s.46). Delays of
 * legal advice and of notification (Code C Annex B) and the inspector's reviews (s.40) apply only
 * before it.
 *
 * @param offence what the person was charged with
 * @param chargedBy the name and rank of the officer who charged
 * @param bail refused (held for court) or granted
 * @param note anything else the custody officer records, e.g. the grounds for refusing bail
 */
public record Charged(
    @NotNull Instant occurredAt,
    @NotBlank @Size(max = 500) String offence,
    @NotBlank @Size(max = 200) String chargedBy,
    @NotNull Bail bail,
    @Nullable @Size(max = 2000) String note)
    implements CustodyEvent {}
