package org.habeas.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Roots and proofs computed from a {@link HashSource} by the literal RFC 6962 recursions: MTH
 * (§2.1), PATH (§2.1.1) and SUBPROOF (§2.1.2).
 *
 * <p>Every range the recursions reach is either a complete, aligned subtree, which the source
 * answers in one call, or a right edge, which is split again. So a proof costs O(log n) source
 * calls and a tile store needs at most one tile per eight tree levels
 * (docs/design/ledger-research.md §7.5).
 */
public final class MerkleProofs {

  private MerkleProofs() {}

  /** Returns the root hash {@code MTH(D[0:size])} of the tree of {@code size} leaves. */
  public static byte[] rootHash(long size, HashSource source) {
    if (size < 0) {
      throw new IllegalArgumentException("negative tree size " + size);
    }
    return rangeHash(0, size, source);
  }

  /** Returns {@code MTH(D[lo:hi])} for a range the RFC recursions produce (lo aligned). */
  public static byte[] rangeHash(long lo, long hi, HashSource source) {
    long n = hi - lo;
    if (n == 0) {
      return MerkleHash.emptyRoot();
    }
    if (Long.bitCount(n) == 1 && lo % n == 0) {
      return source.subtreeHash(Long.numberOfTrailingZeros(n), lo / n);
    }
    long k = Long.highestOneBit(n - 1);
    return MerkleHash.nodeHash(rangeHash(lo, lo + k, source), rangeHash(lo + k, hi, source));
  }

  /** Returns the audit path {@code PATH(index, D[0:size])}, the deepest sibling first. */
  public static List<byte[]> inclusionPath(long index, long size, HashSource source) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + size);
    }
    List<byte[]> path = new ArrayList<>();
    path(index, 0, size, source, path);
    return path;
  }

  /**
   * Returns the consistency proof {@code PROOF(size1, D[0:size2])}; empty when the sizes are equal.
   *
   * @throws IllegalArgumentException unless {@code 0 < size1 <= size2}: every tree extends the
   *     empty tree, so there is nothing to prove from size 0
   */
  public static List<byte[]> consistencyPath(long size1, long size2, HashSource source) {
    if (size1 <= 0 || size1 > size2) {
      throw new IllegalArgumentException("no consistency proof from " + size1 + " to " + size2);
    }
    List<byte[]> proof = new ArrayList<>();
    if (size1 < size2) {
      subproof(size1, 0, size2, true, source, proof);
    }
    return proof;
  }

  private static void path(long index, long lo, long hi, HashSource source, List<byte[]> out) {
    if (hi - lo == 1) {
      return;
    }
    long k = Long.highestOneBit(hi - lo - 1);
    if (index < lo + k) {
      path(index, lo, lo + k, source, out);
      out.add(rangeHash(lo + k, hi, source));
    } else {
      path(index, lo + k, hi, source, out);
      out.add(rangeHash(lo, lo + k, source));
    }
  }

  // m is the absolute size of the old tree; [lo, hi) the subtree being proved; the old tree's part
  // of it is known to the verifier (and so left out) only while still on the left spine (whole).
  private static void subproof(
      long m, long lo, long hi, boolean whole, HashSource source, List<byte[]> out) {
    if (m == hi) {
      if (!whole) {
        out.add(rangeHash(lo, hi, source));
      }
      return;
    }
    long k = Long.highestOneBit(hi - lo - 1);
    if (m - lo <= k) {
      subproof(m, lo, lo + k, whole, source, out);
      out.add(rangeHash(lo + k, hi, source));
    } else {
      subproof(m, lo + k, hi, false, source, out);
      out.add(rangeHash(lo, lo + k, source));
    }
  }
}
