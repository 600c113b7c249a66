package org.habeas.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/** The RFC 6962 definitions written as literally as possible, to check the real code against. */
final class NaiveMerkle {

  private NaiveMerkle() {}

  static byte[] mth(List<byte[]> entries) {
    int n = entries.size();
    if (n == 0) {
      return MerkleHash.emptyRoot();
    }
    if (n == 1) {
      return MerkleHash.leafHash(entries.getFirst());
    }
    int k = Integer.highestOneBit(n - 1);
    return MerkleHash.nodeHash(mth(entries.subList(0, k)), mth(entries.subList(k, n)));
  }

  static List<byte[]> path(int m, List<byte[]> d) {
    int n = d.size();
    if (n == 1) {
      return new ArrayList<>();
    }
    int k = Integer.highestOneBit(n - 1);
    List<byte[]> path;
    if (m < k) {
      path = path(m, d.subList(0, k));
      path.add(mth(d.subList(k, n)));
    } else {
      path = path(m - k, d.subList(k, n));
      path.add(mth(d.subList(0, k)));
    }
    return path;
  }

  static List<byte[]> proof(int m, List<byte[]> d) {
    return subproof(m, d, true);
  }

  private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
    int n = d.size();
    if (m == n) {
      List<byte[]> proof = new ArrayList<>();
      if (!b) {
        proof.add(mth(d));
      }
      return proof;
    }
    int k = Integer.highestOneBit(n - 1);
    List<byte[]> proof;
    if (m <= k) {
      proof = subproof(m, d.subList(0, k), b);
      proof.add(mth(d.subList(k, n)));
    } else {
      proof = subproof(m - k, d.subList(k, n), false);
      proof.add(mth(d.subList(0, k)));
    }
    return proof;
  }
}
