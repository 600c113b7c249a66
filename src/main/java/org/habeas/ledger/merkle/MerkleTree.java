package org.habeas.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * A Merkle tree held in memory with every complete subtree hash, so any root or proof for any
 * earlier size is available at once.
 *
 * <p>It stores just under two hashes per leaf; meant for tests, monitors replaying a log and
 * tooling. The database-backed log stores the same hashes as tiles instead. Not thread-safe.
 */
public final class MerkleTree implements HashSource {

  // levels.get(k).get(i) = hash of the complete subtree of 2^k leaves starting at leaf i * 2^k.
  private final List<List<byte[]>> levels = new ArrayList<>();

  /** Creates an empty tree. */
  public MerkleTree() {
    levels.add(new ArrayList<>());
  }

  /** Returns a tree of the given entries, each hashed as a leaf. */
  public static MerkleTree ofEntries(List<byte[]> entries) {
    MerkleTree tree = new MerkleTree();
    entries.forEach(tree::appendEntry);
    return tree;
  }

  /** Appends an entry, hashing it as a leaf, and returns its index. */
  public long appendEntry(byte[] entry) {
    return appendLeafHash(MerkleHash.leafHash(entry));
  }

  /** Appends a leaf hash and returns its index. */
  public long appendLeafHash(byte[] leafHash) {
    MerkleHash.requireHash(leafHash, "leaf hash");
    long index = size();
    byte[] hash = leafHash.clone();
    for (int level = 0; ; level++) {
      List<byte[]> row = levels.get(level);
      row.add(hash);
      if (row.size() % 2 == 1) {
        return index;
      }
      if (levels.size() == level + 1) {
        levels.add(new ArrayList<>());
      }
      hash = MerkleHash.nodeHash(row.get(row.size() - 2), row.getLast());
    }
  }

  /** Returns the number of leaves. */
  public long size() {
    return levels.getFirst().size();
  }

  /** Returns the hash of the leaf at {@code index}. */
  public byte[] leafHash(long index) {
    return subtreeHash(0, index);
  }

  @Override
  public byte[] subtreeHash(int level, long index) {
    if (level < 0 || level >= levels.size() || index < 0 || index >= levels.get(level).size()) {
      throw new IllegalArgumentException(
          "no complete subtree at level " + level + " index " + index + " in size " + size());
    }
    return levels.get(level).get((int) index).clone();
  }

  /** Returns the root hash of the whole tree. */
  public byte[] rootHash() {
    return rootHash(size());
  }

  /** Returns the root hash the tree had when it held {@code treeSize} leaves. */
  public byte[] rootHash(long treeSize) {
    requireSize(treeSize);
    return MerkleProofs.rootHash(treeSize, this);
  }

  /** Returns the proof that leaf {@code index} is in the tree of {@code treeSize} leaves. */
  public InclusionProof inclusionProof(long index, long treeSize) {
    requireSize(treeSize);
    return InclusionProof.of(index, treeSize, this);
  }

  /**
   * Returns the proof that the tree of {@code size1} leaves is a prefix of that of {@code size2}.
   */
  public ConsistencyProof consistencyProof(long size1, long size2) {
    requireSize(size2);
    return ConsistencyProof.of(size1, size2, this);
  }

  private void requireSize(long treeSize) {
    if (treeSize < 0 || treeSize > size()) {
      throw new IllegalArgumentException("tree size " + treeSize + " outside 0.." + size());
    }
  }
}
