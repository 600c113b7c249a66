package org.habeas.custody;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Published, inside the storing transaction, after each custody event is stored. It carries what
 * the listeners need, so that none of them reads the record back: the stored event, the record as
 * it stands after it and its whole history, all in the system's form ({@code Redaction.forSystem}:
 * the person named by the record's pseudonym, no national identity number, grounds or suspected
 * offence).
 *
 * <p>Listeners after the commit go through Spring Modulith's event publication registry, which
 * stores the event as JSON until each of them has completed: only the four identifying fields are
 * stored there ({@link JsonIgnore} on the rest), so nothing personal lands in the registry. A
 * publication resubmitted after a restart therefore arrives without {@code stored}, {@code state}
 * and {@code history} ({@link #carried()} is false), and its listener reads what it needs through
 * the system read instead.
 *
 * @param recordId the record
 * @param seq the stored event's sequence number
 * @param type the event type, e.g. {@code Released}
 * @param occurredAt when the event says it happened
 * @param stored the stored event in the system's form (the last of {@code history})
 * @param state the record as it stands after the event, replayed from {@code history}
 * @param history every stored event of the record up to and including this one, system form
 */
public record CustodyEventRecorded(
    String recordId,
    int seq,
    String type,
    Instant occurredAt,
    @JsonIgnore @Nullable StoredEvent stored,
    @JsonIgnore @Nullable CustodyRecord state,
    @JsonIgnore @Nullable List<StoredEvent> history) {

  /** The thin form: what a publication resubmitted from the registry carries. */
  public CustodyEventRecorded(String recordId, int seq, String type, Instant occurredAt) {
    this(recordId, seq, type, occurredAt, null, null, null);
  }

  /** Whether the event carries the record (false when resubmitted from the registry). */
  @JsonIgnore
  public boolean carried() {
    return history != null && state != null && stored != null;
  }
}
