package org.habeas.ledger.checkpoint;

import java.util.List;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.merkle.ProofVerifier;
import org.habeas.ledger.note.NoteSigner;
import org.habeas.ledger.note.SignedNote;

/**
 * The log's checkpoint signer, which enforces tlog-checkpoint's rule that a log "MUST not sign any
 * checkpoint which is inconsistent with any checkpoint it previously signed".
 *
 * <p>It remembers the last checkpoint it signed and signs a new one only if it has the same origin
 * and is the same tree head, or a larger tree that a consistency proof shows extends it. Whoever
 * runs it must store {@link #lastSigned()} durably, out of the database administrator's reach, and
 * restore it on start: the rule is only as strong as that memory.
 */
public final class SignedCheckpoints {

  private final NoteSigner logKey;
  private Checkpoint lastSigned;

  /**
   * Creates the signer, remembering {@code lastSigned}: the last checkpoint this log signed, or
   * {@link Checkpoint#empty} for a new log.
   */
  public SignedCheckpoints(NoteSigner logKey, Checkpoint lastSigned) {
    if (lastSigned.size() == 0
        && !MerkleHash.equal(lastSigned.rootHash(), MerkleHash.emptyRoot())) {
      throw new IllegalArgumentException("an empty tree must have the empty root");
    }
    this.logKey = logKey;
    this.lastSigned = lastSigned;
  }

  /** Returns the last checkpoint signed, the state to persist after every signature. */
  public synchronized Checkpoint lastSigned() {
    return lastSigned;
  }

  /**
   * Signs {@code next} if it extends the last signed checkpoint.
   *
   * @param consistencyProof the RFC 6962 proof from the last signed size to {@code next}'s size;
   *     empty when the last size was 0 or the sizes are equal
   * @throws InconsistentCheckpointException if {@code next} has another origin, is smaller, or does
   *     not extend the last signed tree
   */
  public synchronized SignedNote sign(Checkpoint next, List<byte[]> consistencyProof) {
    requireExtends(lastSigned, next, consistencyProof);
    SignedNote note = SignedNote.sign(next.body(), logKey);
    lastSigned = next;
    return note;
  }

  private static void requireExtends(Checkpoint last, Checkpoint next, List<byte[]> proof) {
    if (!next.origin().equals(last.origin())) {
      throw new InconsistentCheckpointException(
          "origin " + next.origin() + " is not this log's origin " + last.origin());
    }
    if (next.size() < last.size()) {
      throw new InconsistentCheckpointException(
          "size " + next.size() + " is smaller than the signed size " + last.size());
    }
    if (next.size() == 0 && !MerkleHash.equal(next.rootHash(), MerkleHash.emptyRoot())) {
      throw new InconsistentCheckpointException("an empty tree must have the empty root");
    }
    boolean extendsLast =
        last.size() == 0
            ? proof.isEmpty()
            : ProofVerifier.verifyConsistency(
                last.size(), next.size(), last.rootHash(), next.rootHash(), proof);
    if (!extendsLast) {
      throw new InconsistentCheckpointException(
          "size " + next.size() + " does not extend the signed size " + last.size());
    }
  }
}
