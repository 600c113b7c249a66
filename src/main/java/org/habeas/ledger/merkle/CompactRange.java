package org.habeas.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * A growing Merkle tree that keeps only its right edge: the roots of the perfect subtrees its size
 * decomposes into, at most 64 hashes however many leaves it holds.
 *
 * <p>This is how the integrator computes the new root after a batch: load the edge of the current
 * tree from its tiles, append the batch's leaf hashes, read the root. Not thread-safe.
 */
public final class CompactRange {

  // peaks.get(0) covers the largest, leftmost perfect subtree; each is 2^k leaves for a set bit k.
  private final List<byte[]> peaks = new ArrayList<>();
  private long size;

  /** Creates the range of the empty tree. */
  public CompactRange() {}

  /** Returns the right edge of the tree of {@code size} leaves, read from {@code source}. */
  public static CompactRange of(long size, HashSource source) {
    if (size < 0) {
      throw new IllegalArgumentException("negative tree size " + size);
    }
    CompactRange range = new CompactRange();
    long start = 0;
    for (int level = 63; level >= 0; level--) {
      if ((size >>> level & 1) == 1) {
        range.peaks.add(source.subtreeHash(level, start >>> level));
        start += 1L << level;
      }
    }
    range.size = size;
    return range;
  }

  /** Appends one leaf hash, merging the perfect subtrees it completes. */
  public void append(byte[] leafHash) {
    MerkleHash.requireHash(leafHash, "leaf hash");
    if (size == Long.MAX_VALUE) {
      throw new IllegalStateException("tree is full");
    }
    byte[] carry = leafHash.clone();
    // Each trailing one bit of the old size is a perfect subtree of the same height as the carry.
    for (long bits = size; (bits & 1) == 1; bits >>>= 1) {
      carry = MerkleHash.nodeHash(peaks.removeLast(), carry);
    }
    peaks.add(carry);
    size++;
  }

  /** Returns the number of leaves appended so far, including those loaded by {@link #of}. */
  public long size() {
    return size;
  }

  /** Returns the Merkle Tree Hash of all leaves so far. */
  public byte[] rootHash() {
    if (peaks.isEmpty()) {
      return MerkleHash.emptyRoot();
    }
    byte[] root = peaks.getLast();
    for (int i = peaks.size() - 2; i >= 0; i--) {
      root = MerkleHash.nodeHash(peaks.get(i), root);
    }
    return root;
  }
}
