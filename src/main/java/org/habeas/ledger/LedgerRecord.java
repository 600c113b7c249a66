package org.habeas.ledger;

import java.util.Optional;
import org.habeas.ledger.RecordPayloads.PayloadReader;
import org.jspecify.annotations.Nullable;

/**
 * What the ledger knows of one record for one unit of work, read once and passed along instead of
 * read again by each step: its erasure, if it was erased, and otherwise its key, for opening its
 * stored payloads ({@link #reader}) and, when obtained for appending ({@link MerkleLog#forAppend}),
 * for sealing the new event's payload ({@link RecordPayloads#seal(LedgerRecord, int, String)}) and
 * committing to it ({@link MerkleLog#commit(LedgerRecord, LedgerEvent)}) under the key's row lock,
 * with the record's newest commitment for the chain.
 *
 * <p>Valid only in the transaction that obtained it: an erasure in a later one deletes the key.
 * Never hand it to another transaction or keep it.
 */
public final class LedgerRecord {

  private final String recordId;
  private final Optional<RecordErasure> erasure;
  private final boolean forAppend;
  private byte @Nullable [] key;
  private int lastSeq;
  private byte @Nullable [] lastCommitment;

  LedgerRecord(
      String recordId,
      Optional<RecordErasure> erasure,
      byte @Nullable [] key,
      boolean forAppend,
      int lastSeq,
      byte @Nullable [] lastCommitment) {
    this.recordId = recordId;
    this.erasure = erasure;
    this.key = key;
    this.forAppend = forAppend;
    this.lastSeq = lastSeq;
    this.lastCommitment = lastCommitment;
  }

  /** The record's id. */
  public String recordId() {
    return recordId;
  }

  /** The record's erasure, if it was erased (then nothing of it can be opened or appended). */
  public Optional<RecordErasure> erasure() {
    return erasure;
  }

  /** A reader of the record's stored payloads with the key read here. */
  public PayloadReader reader() {
    return RecordPayloads.reader(recordId, Optional.ofNullable(key));
  }

  boolean forAppend() {
    return forAppend;
  }

  byte @Nullable [] key() {
    return key;
  }

  /** Remembers the key created for a record that had none, locked by its insert. */
  void created(byte[] created) {
    this.key = created;
    this.lastSeq = 0;
    this.lastCommitment = null;
  }

  /**
   * The commitment event {@code seq} chains in, if the newest one read is of the seq before; null
   * otherwise (the first event, a record older than the ledger, or a commitment read before a
   * concurrent append committed: then the caller reads it again, see RecordKeys.lock).
   */
  byte @Nullable [] previousOf(int seq) {
    return seq > 1 && lastSeq == seq - 1 ? lastCommitment : null;
  }

  /** Remembers the commitment just made, for the next event appended in the same transaction. */
  void committed(int seq, byte[] commitment) {
    this.lastSeq = seq;
    this.lastCommitment = commitment;
  }
}
