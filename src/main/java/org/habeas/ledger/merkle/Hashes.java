package org.habeas.ledger.merkle;

import java.util.Arrays;
import java.util.List;

/** Helpers for the lists of hashes that proofs are made of, since arrays compare by identity. */
final class Hashes {

  private Hashes() {}

  static List<byte[]> copyOf(List<byte[]> hashes) {
    hashes.forEach(hash -> MerkleHash.requireHash(hash, "proof hash"));
    return hashes.stream().map(byte[]::clone).toList();
  }

  static boolean equal(List<byte[]> a, List<byte[]> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!Arrays.equals(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  static int hashCode(List<byte[]> hashes) {
    return hashes.stream().mapToInt(Arrays::hashCode).reduce(1, (h, e) -> 31 * h + e);
  }
}
