package org.habeas.ledger.merkle;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The proof that leaf {@code leafIndex} is in the tree of {@code treeSize} leaves: the RFC 6962
 * audit path, the deepest sibling first.
 */
public record InclusionProof(long leafIndex, long treeSize, List<byte[]> path) {

  /** Checks that the leaf is inside the tree and that every path element is a 32-byte hash. */
  public InclusionProof {
    if (leafIndex < 0 || leafIndex >= treeSize) {
      throw new IllegalArgumentException("leaf " + leafIndex + " not in tree of size " + treeSize);
    }
    path = Hashes.copyOf(path);
  }

  /** Returns the proof for leaf {@code index} in the tree of {@code size} leaves. */
  public static InclusionProof of(long index, long size, HashSource source) {
    return new InclusionProof(index, size, MerkleProofs.inclusionPath(index, size, source));
  }

  /** Tells whether this proof puts a leaf with {@code leafHash} under {@code rootHash}. */
  public boolean verify(byte[] leafHash, byte[] rootHash) {
    return ProofVerifier.verifyInclusion(leafIndex, treeSize, leafHash, path, rootHash);
  }

  /** Returns copies of the path hashes, the deepest sibling first. */
  @Override
  public List<byte[]> path() {
    return Hashes.copyOf(path);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof InclusionProof that
        && leafIndex == that.leafIndex
        && treeSize == that.treeSize
        && Hashes.equal(path, that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(leafIndex, treeSize, Hashes.hashCode(path));
  }

  @Override
  public String toString() {
    return "InclusionProof[leaf " + leafIndex + " of " + treeSize + ", " + path.size() + " hashes]";
  }
}
