package org.habeas.ledger.merkle;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The proof that the tree of {@code size1} leaves is a prefix of the tree of {@code size2} leaves:
 * RFC 6962 {@code PROOF(size1, D[size2])}, empty when the sizes are equal.
 */
public record ConsistencyProof(long size1, long size2, List<byte[]> path) {

  /** Checks {@code 0 < size1 <= size2} and that every path element is a 32-byte hash. */
  public ConsistencyProof {
    if (size1 <= 0 || size1 > size2) {
      throw new IllegalArgumentException("no consistency proof from " + size1 + " to " + size2);
    }
    path = Hashes.copyOf(path);
  }

  /** Returns the proof from the tree of {@code size1} leaves to that of {@code size2}. */
  public static ConsistencyProof of(long size1, long size2, HashSource source) {
    return new ConsistencyProof(size1, size2, MerkleProofs.consistencyPath(size1, size2, source));
  }

  /** Tells whether this proof shows that {@code root2}'s tree extends {@code root1}'s. */
  public boolean verify(byte[] root1, byte[] root2) {
    return ProofVerifier.verifyConsistency(size1, size2, root1, root2, path);
  }

  /** Returns copies of the proof hashes in RFC order. */
  @Override
  public List<byte[]> path() {
    return Hashes.copyOf(path);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ConsistencyProof that
        && size1 == that.size1
        && size2 == that.size2
        && Hashes.equal(path, that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(size1, size2, Hashes.hashCode(path));
  }

  @Override
  public String toString() {
    return "ConsistencyProof[" + size1 + " -> " + size2 + ", " + path.size() + " hashes]";
  }
}
