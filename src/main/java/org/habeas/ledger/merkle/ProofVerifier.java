package org.habeas.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 9162 iterative proof verifiers (§2.1.3.2 inclusion, §2.1.4.2 consistency), which need
 * nothing but the proof, the sizes and the roots.
 *
 * <p>Sizes are signed longs: a size read as unsigned 64-bit that does not fit (2^63 and above)
 * arrives negative and is rejected, as is every hash that is not 32 bytes.
 */
public final class ProofVerifier {

  private ProofVerifier() {}

  /**
   * Tells whether {@code path} proves leaf {@code index} with {@code leafHash} under {@code root}.
   */
  public static boolean verifyInclusion(
      long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
    if (index < 0 || index >= size || !allHashes(path) || !isHash(leafHash) || !isHash(root)) {
      return false;
    }
    long fn = index;
    long sn = size - 1;
    byte[] r = leafHash;
    for (byte[] p : path) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = MerkleHash.nodeHash(p, r);
        // A right-edge node without a right sibling is promoted unchanged: skip those levels.
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        r = MerkleHash.nodeHash(r, p);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    return sn == 0 && MerkleHash.equal(r, root);
  }

  /**
   * Tells whether {@code proof} shows that the tree of {@code size1} leaves with {@code root1} is a
   * prefix of the tree of {@code size2} leaves with {@code root2}.
   *
   * <p>Equal sizes need an empty proof and equal roots (the empty tree's root at size 0). A proof
   * from size 0 is rejected, as the RFC test vectors require: every tree extends the empty tree, so
   * callers that allow it decide that before asking for a proof.
   */
  public static boolean verifyConsistency(
      long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
    if (size1 < 0 || size2 < size1) {
      return false;
    }
    if (size1 == size2) {
      boolean rootsMatch = MerkleHash.equal(root1, root2);
      return proof.isEmpty()
          && rootsMatch
          && (size1 > 0 || MerkleHash.equal(root1, MerkleHash.emptyRoot()));
    }
    if (size1 == 0 || proof.isEmpty() || !allHashes(proof) || !isHash(root1) || !isHash(root2)) {
      return false;
    }
    List<byte[]> path = new ArrayList<>(proof);
    if (Long.bitCount(size1) == 1) {
      // The old root is itself a node of the new tree, so the proof leaves it out.
      path.addFirst(root1);
    }
    long fn = size1 - 1;
    long sn = size2 - 1;
    while ((fn & 1) == 1) {
      fn >>>= 1;
      sn >>>= 1;
    }
    byte[] fr = path.getFirst();
    byte[] sr = path.getFirst();
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = MerkleHash.nodeHash(c, fr);
        sr = MerkleHash.nodeHash(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        sr = MerkleHash.nodeHash(sr, c);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    return MerkleHash.equal(fr, root1) && MerkleHash.equal(sr, root2) && sn == 0;
  }

  private static boolean allHashes(List<byte[]> hashes) {
    return hashes.stream().allMatch(ProofVerifier::isHash);
  }

  private static boolean isHash(byte[] hash) {
    return hash.length == MerkleHash.SIZE;
  }
}
