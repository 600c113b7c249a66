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
 * @param capacity in what capacity they were told (a juvenile's parent, guardian or appropriate
 *     adult); unknown when absent, as in records made before it was asked
 */
public record RelativeNotified(
    @NotNull Instant occurredAt,
    @NotBlank String notifiedParty,
    @NotBlank String means,
    @Nullable NotificationSubject about,
    @Nullable NotifiedCapacity capacity)
    implements CustodyEvent {

  /** A notice that does not say in what capacity the person was told. */
  public RelativeNotified(
      Instant occurredAt, String notifiedParty, String means, @Nullable NotificationSubject about) {
    this(occurredAt, notifiedParty, means, about, null);
  }
}
