package org.habeas.ledger.merkle;

/**
 * A source of the hashes of complete subtrees, from which every root and proof can be computed.
 *
 * <p>Level and index name the subtree {@code MTH(D[index << level : (index + 1) << level])}: level
 * 0 is a leaf hash, level 1 the hash of two leaves, and so on. An in-memory {@link MerkleTree}
 * answers directly; a tile store answers by rehashing part of one tile
 * (docs/design/ledger-research.md §7.5). Callers only ask for subtrees that are complete in the
 * tree they work on.
 */
@FunctionalInterface
public interface HashSource {

  /** Returns the 32-byte hash of the complete subtree at {@code level} and {@code index}. */
  byte[] subtreeHash(int level, long index);
}
