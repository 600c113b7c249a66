package org.habeas.custody;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The person waived a lawyer.
 *
 * <p>Kazakh law accepts a waiver only in writing and in a lawyer's presence, and never for a
 * juvenile or a person who needs an interpreter; the safeguards engine judges it, this only records
 * it.
 */
public record LawyerWaived(
    @NotNull Instant occurredAt, @NotNull Boolean inPresenceOfLawyer, @NotNull Boolean inWriting)
    implements CustodyEvent {}
