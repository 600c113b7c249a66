package org.habeas.ledger;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.habeas.ledger.store.Checkpoints.StoredCheckpoint;
import org.habeas.ledger.store.Erasures;
import org.habeas.ledger.store.EventCommitments;
import org.habeas.ledger.store.Leaves;
import org.habeas.ledger.store.Leaves.IndexedLeaf;
import org.habeas.ledger.store.LogSigner;
import org.habeas.ledger.store.PublishedLog;
import org.habeas.ledger.store.RecordKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger as the rest of the application uses it: commit each stored custody event, find the
 * leaf an event got, and make an event's receipt.
 */
@Service
public class MerkleLog {

  private final EventCommitments commitments;
  private final Leaves leaves;
  private final PublishedLog published;
  private final LogSigner signer;
  private final Erasures erasures;
  private final RecordKeys keys;
  private final CopyReceipts copies;

  MerkleLog(
      EventCommitments commitments,
      Leaves leaves,
      PublishedLog published,
      LogSigner signer,
      Erasures erasures,
      RecordKeys keys,
      CopyReceipts copies) {
    this.commitments = commitments;
    this.leaves = leaves;
    this.published = published;
    this.signer = signer;
    this.erasures = erasures;
    this.keys = keys;
    this.copies = copies;
  }

  /**
   * Commits to a custody event and queues its leaf, in the transaction that stores the event, so
   * that the event and its place in the log land together or not at all.
   *
   * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void commit(LedgerEvent event) {
    commitments.commit(event);
  }

  /**
   * Reads, and locks for the rest of the transaction, what appending to a record needs from the
   * ledger, in one statement when the record has its key (the usual case): the key, which opens the
   * history and seals the new event, and the record's newest commitment, which the new event chains
   * in. When it has none, a second read tells an erased record (its {@link LedgerRecord#erasure})
   * from one that never had a key (created when its first event is sealed). Pass the answer along
   * to {@link RecordPayloads#seal(LedgerRecord, int, String)} and {@link #commit(LedgerRecord,
   * LedgerEvent)}, in the same transaction.
   *
   * <p>The key's row lock orders the append against an erasure (which deletes the row) and against
   * any other append of the record.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public LedgerRecord forAppend(String recordId) {
    var locked = keys.lock(recordId);
    if (locked.isPresent()) {
      var l = locked.get();
      return new LedgerRecord(
          recordId, Optional.empty(), l.key(), true, l.lastSeq(), l.lastCommitment());
    }
    var state = erasures.state(recordId);
    if (state.key() != null) {
      // Created by a concurrent first append a moment ago: lock it now that it exists.
      return forAppend(recordId);
    }
    return new LedgerRecord(recordId, state.erasure(), null, true, 0, null);
  }

  /**
   * What appending the first event of a record opened in this transaction needs: nothing to read
   * (it has no key, no commitment and no erasure yet), so nothing is. Its key is created when the
   * event is sealed, by an insert that itself refuses a record ever erased or committed to, and
   * locked by that insert. Pass it along as {@link #forAppend}'s answer.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public LedgerRecord forNewRecord(String recordId) {
    return new LedgerRecord(recordId, Optional.empty(), null, true, 0, null);
  }

  /**
   * Reads a record's erasure and, unless erased, its key, in one statement, for reading its stored
   * payloads ({@link LedgerRecord#reader}); nothing is locked.
   */
  public LedgerRecord read(String recordId) {
    var state = erasures.state(recordId);
    return new LedgerRecord(recordId, state.erasure(), state.key(), false, 0, null);
  }

  /**
   * Commits to a custody event and queues its leaf, in the transaction that stores the event, with
   * the key and the previous commitment read by {@link #forAppend}: the opening, the commitment and
   * the outbox row in one statement (on PostgreSQL), nothing read again.
   *
   * @throws IllegalStateException if the record was erased, or {@code record} was not obtained for
   *     appending
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void commit(LedgerRecord record, LedgerEvent event) {
    if (!record.recordId().equals(event.recordId())) {
      throw new IllegalArgumentException("event of another record");
    }
    byte[] key = writingKey(record, keys);
    byte @Nullable [] previous = record.previousOf(event.seq());
    if (previous == null && event.seq() > 1) {
      // The newest commitment forAppend read is not the one before this event: it was read with
      // the snapshot its statement began with, and another append of the record committed while
      // that statement waited for the key's lock (the history, read after, has that event). Or the
      // record's earlier events predate the ledger. Either way, read it now, under the lock.
      previous = commitments.commitment(event.recordId(), event.seq() - 1).orElse(null);
    }
    record.committed(event.seq(), commitments.commit(event, key, previous));
  }

  /** The key to write under: the locked one, or a new one for a record that had none. */
  static byte[] writingKey(LedgerRecord record, RecordKeys keys) {
    if (!record.forAppend()) {
      throw new IllegalStateException(
          "record " + record.recordId() + " was not read for appending");
    }
    if (record.erasure().isPresent()) {
      throw new IllegalStateException(
          "record " + record.recordId() + " was erased: its key is gone");
    }
    byte[] key = record.key();
    if (key == null) {
      key = keys.create(record.recordId());
      record.created(key);
    }
    return key;
  }

  /**
   * Returns the keyed digest of a text that belongs to a logged stream (confidential notes, a case
   * file's contents), for an event of the stream to commit to the text without carrying it: the
   * verifier, holding the stream's key, checks the stored text against it, while whoever reads the
   * event cannot guess the text from it ({@link LeafCommitments#digest}). In the transaction that
   * logs the event.
   *
   * @throws IllegalStateException if the stream was erased
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String digest(String recordId, String text) {
    return LeafCommitments.digest(keys.forWriting(recordId), text);
  }

  /**
   * Returns the seqs of every event of a stream that the log committed to, by commitment or by
   * leaf, in order. A page that shows a record compares them with the rows it read, and warns when
   * one is missing (deleted behind the application's back) rather than show the rest as the whole
   * record; the commitments and leaves outlive the rows, through erasure too. Nothing personal is
   * read.
   */
  public SortedSet<Integer> committedSeqs(String recordId) {
    return new TreeSet<>(commitments.committedSeqs(recordId));
  }

  /** Returns the event's leaf index, once the integrator has logged it. */
  public Optional<Long> leafIndex(String recordId, int seq) {
    return leaves.of(recordId, seq).map(IndexedLeaf::index);
  }

  /** Returns the leaf index of every logged event of a record, by seq. */
  public Map<Integer, Long> leafIndices(String recordId) {
    return leaves.indicesOf(recordId);
  }

  /**
   * Returns the event's receipt, once its leaf is in a signed checkpoint and while its opening
   * exists; the caller decides who may have it (it holds personal data).
   */
  public Optional<EventReceipt> receipt(String recordId, int seq) {
    Optional<IndexedLeaf> leaf = leaves.of(recordId, seq);
    Optional<StoredCheckpoint> checkpoint = published.latestCheckpoint();
    Optional<byte[]> recordKey = commitments.recordKey(recordId);
    Optional<byte[]> canonical = commitments.canonical(recordId, seq);
    if (leaf.isEmpty()
        || checkpoint.isEmpty()
        || checkpoint.get().treeSize() <= leaf.get().index()
        || recordKey.isEmpty()
        || canonical.isEmpty()) {
      return Optional.empty();
    }
    long size = checkpoint.get().treeSize();
    return Optional.of(
        new EventReceipt(
            recordId,
            seq,
            leaf.get().index(),
            leaf.get().leaf(),
            LeafCommitments.eventKey(recordKey.get(), LedgerEvent.eventId(recordId, seq)),
            canonical.get(),
            published.inclusion(leaf.get().index(), size),
            checkpoint.get().note()));
  }

  /**
   * Returns what a printed copy of the record carries of the log (docs/ledger.md, "The detainee's
   * copy"): the latest checkpoint's size, how many events the log committed to, and each
   * checkpointed event's leaf index and leaf hash. Nothing personal; the caller decides who may
   * print the copy.
   */
  public PrintedReceipts printedReceipts(String recordId) {
    return copies.printed(recordId);
  }

  /**
   * The public check of one event printed on a copy, with what the copy printed: whether the
   * current signed checkpoint (verified with the log's own key) includes that leaf at that index
   * (the proof is computed from the published tiles and checked against the signed root), whether
   * the stored entry at that index is still that leaf, whether the event as stored now still opens
   * its commitment (the verifier's own check, {@link org.habeas.ledger.verify.StoredEventCheck}),
   * and the record's events now or its erasure. The record's facts are told only when the log ties
   * the printed leaf to that record and event.
   *
   * @param printedSize the checkpoint size the copy was printed against
   */
  public ReceiptCheck checkReceipt(
      String recordId, int seq, long leafIndex, byte[] leafHash, long printedSize) {
    return copies.check(recordId, seq, leafIndex, leafHash, printedSize);
  }

  /**
   * Erases a custody record lawfully (crypto-shredding): deletes its key, so its commitments and
   * stored payloads can never be opened again, deletes its openings, keeps the decision, and queues
   * an erasure-notice leaf naming every leaf of the record. The log is left as it is, so every
   * proof stays valid. Whoever calls this has checked that the caller may erase.
   *
   * @throws IllegalStateException if some event of the record still waits for its leaf, or the
   *     record is already erased
   */
  @Transactional
  public RecordErasure erase(ErasureDecision decision) {
    return erasures.erase(decision);
  }

  /** Returns the record's erasure, if it was erased. */
  public Optional<RecordErasure> erasure(String recordId) {
    return erasures.find(recordId);
  }

  /** Returns the log's public key as one line of signed-note vkey text. */
  public String verifierKey() {
    return signer.verifierKey().encoded();
  }

  /** Returns the log's checkpoint origin. */
  public String origin() {
    return signer.origin();
  }
}
