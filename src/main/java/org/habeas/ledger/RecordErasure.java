package org.habeas.ledger;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A custody record's lawful erasure: its key and openings are destroyed, its events' stored
 * payloads can no longer be read, and an erasure-notice leaf in the log says so.
 *
 * @param recordId the erased record
 * @param reason the legal basis given (a decision or retention rule, not personal data)
 * @param erasedBy the user who erased it
 * @param erasedAt when
 * @param erasedLeaves the leaf indices of the record's events, whose openings were destroyed
 * @param noticeLeaf the erasure notice's own leaf index, once the integrator has logged it
 */
public record RecordErasure(
    String recordId,
    String reason,
    String erasedBy,
    Instant erasedAt,
    List<Long> erasedLeaves,
    @Nullable Long noticeLeaf) {

  /** Copies the list. */
  public RecordErasure {
    erasedLeaves = List.copyOf(erasedLeaves);
  }
}
