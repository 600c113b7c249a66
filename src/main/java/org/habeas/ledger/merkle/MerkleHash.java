package org.habeas.ledger.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * The RFC 6962 §2.1 hash functions: SHA-256 with a 0x00 prefix for leaves and 0x01 for nodes.
 *
 * <p>The two prefixes give domain separation: a leaf can never be passed off as an inner node,
 * which is what makes the tree second-preimage resistant.
 */
public final class MerkleHash {

  /** The length in bytes of every hash in the tree. */
  public static final int SIZE = 32;

  private static final byte LEAF_PREFIX = 0x00;
  private static final byte NODE_PREFIX = 0x01;

  // MessageDigest.getInstance per call halves node-hash throughput (measured, see
  // docs/design/ledger-research.md §5.1), so reuse one.
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(MerkleHash::newSha256);

  private MerkleHash() {}

  /** Returns the root of the empty tree, {@code SHA-256()} = {@code e3b0c442…b855}. */
  public static byte[] emptyRoot() {
    return sha256().digest();
  }

  /** Returns the RFC 6962 leaf hash {@code SHA-256(0x00 || entry)}. */
  public static byte[] leafHash(byte[] entry) {
    MessageDigest digest = sha256();
    digest.update(LEAF_PREFIX);
    digest.update(entry);
    return digest.digest();
  }

  /** Returns the RFC 6962 node hash {@code SHA-256(0x01 || left || right)}. */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest digest = sha256();
    digest.update(NODE_PREFIX);
    digest.update(left);
    digest.update(right);
    return digest.digest();
  }

  /** Returns the Merkle Tree Hash {@code MTH(D[n])} of a list of entries. */
  public static byte[] treeHash(List<byte[]> entries) {
    CompactRange range = new CompactRange();
    entries.forEach(entry -> range.append(leafHash(entry)));
    return range.rootHash();
  }

  /** Returns the Merkle Tree Hash of a tree whose leaves already hashed to {@code leafHashes}. */
  public static byte[] rootOfLeafHashes(List<byte[]> leafHashes) {
    CompactRange range = new CompactRange();
    leafHashes.forEach(range::append);
    return range.rootHash();
  }

  /** Tells whether two hashes are equal, in time independent of where they differ. */
  public static boolean equal(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }

  /**
   * Returns the hash of {@code n} consecutive 32-byte hashes taken as the leaves of a perfect
   * subtree, {@code n} a power of two; this is how a tile's inner levels are rebuilt.
   */
  public static byte[] perfectSubtreeHash(byte[] hashes, int offset, int n) {
    if (Integer.bitCount(n) != 1 || offset < 0 || hashes.length < (offset + n) * SIZE) {
      throw new IllegalArgumentException("need a power of two of hashes inside the array");
    }
    byte[][] level = new byte[n][];
    for (int i = 0; i < n; i++) {
      int from = (offset + i) * SIZE;
      level[i] = Arrays.copyOfRange(hashes, from, from + SIZE);
    }
    for (int width = n; width > 1; width /= 2) {
      for (int i = 0; i < width / 2; i++) {
        level[i] = nodeHash(level[2 * i], level[2 * i + 1]);
      }
    }
    return level[0];
  }

  static void requireHash(byte[] hash, String what) {
    if (hash.length != SIZE) {
      throw new IllegalArgumentException(what + " must be " + SIZE + " bytes, was " + hash.length);
    }
  }

  private static MessageDigest sha256() {
    MessageDigest digest = SHA_256.get();
    digest.reset();
    return digest;
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK must provide SHA-256", e);
    }
  }
}
