package org.habeas.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.habeas.ledger.ReceiptCheck.Log;
import org.habeas.ledger.ReceiptCheck.Stored;
import org.habeas.ledger.checkpoint.Checkpoint;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.merkle.ProofVerifier;
import org.habeas.ledger.note.Ed25519NoteVerifier;
import org.habeas.ledger.note.InvalidNoteException;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.store.Erasures;
import org.habeas.ledger.store.EventCommitments;
import org.habeas.ledger.store.Leaves;
import org.habeas.ledger.store.Leaves.StoredLeaf;
import org.habeas.ledger.store.LogSigner;
import org.habeas.ledger.store.PublishedLog;
import org.habeas.ledger.verify.StoredEventCheck;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receipts a detainee's copy prints ({@link MerkleLog#printedReceipts}) and the public check of
 * one of them ({@link MerkleLog#checkReceipt}).
 */
@Component
class CopyReceipts {

  private final Leaves leaves;
  private final PublishedLog published;
  private final LogSigner signer;
  private final EventCommitments commitments;
  private final Erasures erasures;
  private final JdbcTemplate jdbc;

  CopyReceipts(
      Leaves leaves,
      PublishedLog published,
      LogSigner signer,
      EventCommitments commitments,
      Erasures erasures,
      JdbcTemplate jdbc) {
    this.leaves = leaves;
    this.published = published;
    this.signer = signer;
    this.commitments = commitments;
    this.erasures = erasures;
    this.jdbc = jdbc;
  }

  PrintedReceipts printed(String recordId) {
    long size = published.latestCheckpoint().map(c -> c.treeSize()).orElse(0L);
    Map<Integer, PrintedReceipts.Printed> bySeq = new HashMap<>();
    leaves
        .ofRecord(recordId)
        .forEach(
            (seq, leaf) -> {
              if (leaf.index() < size) {
                bySeq.put(
                    seq,
                    new PrintedReceipts.Printed(leaf.index(), MerkleHash.leafHash(leaf.leaf())));
              }
            });
    return new PrintedReceipts(size, commitments.committedSeqs(recordId).size(), bySeq);
  }

  @Transactional(readOnly = true)
  ReceiptCheck check(String recordId, int seq, long leafIndex, byte[] leafHash, long printedSize) {
    Optional<Checkpoint> signed = verifiedCheckpoint();
    if (signed.isEmpty()) {
      return new ReceiptCheck(Log.NO_CHECKPOINT, Stored.UNKNOWN, 0, 0, null);
    }
    long size = signed.get().size();
    if (size < printedSize) {
      return new ReceiptCheck(Log.ROLLED_BACK, Stored.UNKNOWN, 0, size, null);
    }
    Optional<StoredLeaf> stored = leaves.at(leafIndex);
    boolean ofTheEvent =
        stored.isPresent()
            && recordId.equals(stored.get().recordId())
            && Objects.equals(seq, stored.get().seq());
    boolean storedSame =
        ofTheEvent && MerkleHash.equal(MerkleHash.leafHash(stored.get().leaf()), leafHash);
    boolean included =
        leafIndex >= 0
            && leafIndex < size
            && leafIndex < printedSize
            && ProofVerifier.verifyInclusion(
                leafIndex,
                size,
                leafHash,
                published.inclusion(leafIndex, size),
                signed.get().rootHash());
    Log log;
    if (included && storedSame) {
      log = Log.HOLDS;
    } else if (included && ofTheEvent) {
      log = Log.ENTRY_ALTERED;
    } else {
      log = Log.NOT_HELD;
    }
    if (!ofTheEvent || !(included || storedSame)) {
      // Nothing ties the scanned leaf to this record: tell nothing about the record.
      return new ReceiptCheck(log, Stored.UNKNOWN, 0, size, null);
    }
    var erasure = erasures.find(recordId);
    int now = commitments.committedSeqs(recordId).size();
    if (erasure.isPresent()) {
      return new ReceiptCheck(log, Stored.ERASED, now, size, erasure.get().erasedAt());
    }
    var outcome =
        jdbc.execute(
            (ConnectionCallback<StoredEventCheck.Outcome>)
                c -> StoredEventCheck.check(c, recordId, seq));
    Stored storedNow =
        switch (Objects.requireNonNull(outcome)) {
          case UNALTERED -> Stored.UNALTERED;
          case ROW_DELETED -> Stored.DELETED;
          case ERASED -> Stored.ERASED;
          case ROW_CHANGED, OPENING_CHANGED, NOT_LOGGED -> Stored.ALTERED;
        };
    return new ReceiptCheck(log, storedNow, now, size, null);
  }

  /** The latest checkpoint, if the log's own key verifies its note. */
  private Optional<Checkpoint> verifiedCheckpoint() {
    return published
        .latestCheckpoint()
        .flatMap(
            stored -> {
              try {
                Ed25519NoteVerifier key = Ed25519NoteVerifier.parse(signer.verifierKey().encoded());
                SignedNote note = SignedNote.parse(stored.note());
                note.verify(List.of(key));
                Checkpoint checkpoint = Checkpoint.fromNote(note);
                return checkpoint.origin().equals(key.keyName())
                    ? Optional.of(checkpoint)
                    : Optional.empty();
              } catch (InvalidNoteException | IllegalArgumentException e) {
                return Optional.empty();
              }
            });
  }
}
