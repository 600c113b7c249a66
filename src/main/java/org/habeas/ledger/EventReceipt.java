package org.habeas.ledger;

import java.util.List;
import java.util.Objects;
import org.habeas.ledger.CustodyLeaf.EventCommitment;
import org.habeas.ledger.checkpoint.Checkpoint;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.merkle.ProofVerifier;
import org.habeas.ledger.note.Ed25519NoteVerifier;
import org.habeas.ledger.note.InvalidNoteException;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.note.StrictBase64;
import org.jspecify.annotations.Nullable;

/**
 * The receipt of one logged custody event (docs/design/product.md): its opening, so the holder can
 * recompute the commitment, and the proof that the leaf carrying the commitment is in a signed
 * checkpoint.
 *
 * <p>The opening is personal data: only someone who may see the event gets a receipt.
 *
 * @param recordId the custody record
 * @param seq the event's number in the record
 * @param leafIndex the event's leaf in the log
 * @param leaf the leaf's bytes (CustodyLeaf v1), whose RFC 6962 hash the proof starts from
 * @param eventKey the opening key of this event only
 * @param canonicalEvent the exact bytes committed to (deterministic CBOR, CanonicalEvent)
 * @param inclusionPath the audit path of the leaf in the checkpoint's tree, deepest sibling first
 * @param checkpoint the signed checkpoint note the proof is against
 */
public record EventReceipt(
    String recordId,
    int seq,
    long leafIndex,
    byte[] leaf,
    byte[] eventKey,
    byte[] canonicalEvent,
    List<byte[]> inclusionPath,
    String checkpoint) {

  /** The first line of a C2SP tlog-proof. */
  public static final String TLOG_PROOF_HEADER = "c2sp.org/tlog-proof@v1";

  /** Copies the arrays, so the receipt cannot change once made. */
  public EventReceipt {
    leaf = leaf.clone();
    eventKey = eventKey.clone();
    canonicalEvent = canonicalEvent.clone();
    inclusionPath = inclusionPath.stream().map(byte[]::clone).toList();
  }

  /** Returns the event's opening: its key and canonical bytes. */
  public EventOpening opening() {
    return new EventOpening(eventKey, canonicalEvent);
  }

  /** Returns the size of the tree the checkpoint signs. */
  public long treeSize() {
    return Checkpoint.fromNote(SignedNote.parse(checkpoint)).size();
  }

  /**
   * Returns the proof part as a C2SP tlog-proof: the leaf bytes as its {@code extra} line (needed
   * to rebuild the leaf hash, not trusted on their own), the index, the path and the checkpoint.
   */
  public String tlogProof() {
    StringBuilder proof = new StringBuilder(TLOG_PROOF_HEADER).append('\n');
    proof.append("extra ").append(StrictBase64.encode(leaf)).append('\n');
    proof.append("index ").append(leafIndex).append('\n');
    inclusionPath.forEach(hash -> proof.append(StrictBase64.encode(hash)).append('\n'));
    return proof.append('\n').append(checkpoint).toString();
  }

  /**
   * Tells whether the receipt holds up under the log's public key (vkey text): the checkpoint is
   * signed by that key under its own origin, the opening opens the leaf's commitment and names this
   * record and event, and the leaf is in the checkpoint's tree.
   */
  public boolean verify(String logVerifierKey) {
    try {
      Ed25519NoteVerifier logKey = Ed25519NoteVerifier.parse(logVerifierKey);
      SignedNote note = SignedNote.parse(checkpoint);
      note.verify(List.of(logKey));
      Checkpoint signed = Checkpoint.fromNote(note);
      CanonicalEvent event = CanonicalEvent.decode(canonicalEvent);
      return signed.origin().equals(logKey.keyName())
          && CustodyLeaf.decode(leaf) instanceof EventCommitment committed
          && MerkleHash.equal(committed.commitment(), opening().commitment())
          && event.recordId().toString().equals(recordId)
          && event.eventSeq() == seq
          && ProofVerifier.verifyInclusion(
              leafIndex,
              signed.size(),
              MerkleHash.leafHash(leaf),
              inclusionPath,
              signed.rootHash());
    } catch (InvalidNoteException | IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public byte[] leaf() {
    return leaf.clone();
  }

  @Override
  public byte[] eventKey() {
    return eventKey.clone();
  }

  @Override
  public byte[] canonicalEvent() {
    return canonicalEvent.clone();
  }

  @Override
  public List<byte[]> inclusionPath() {
    return inclusionPath.stream().map(byte[]::clone).toList();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EventReceipt that
        && tlogProof().equals(that.tlogProof())
        && opening().equals(that.opening())
        && recordId.equals(that.recordId)
        && seq == that.seq;
  }

  @Override
  public int hashCode() {
    return Objects.hash(recordId, seq, tlogProof());
  }
}
