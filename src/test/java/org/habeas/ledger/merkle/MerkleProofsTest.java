package org.habeas.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MerkleProofsTest {

  // The 7-leaf tree of RFC 6962 §2.1.3: a..f and j are leaves, g..l inner nodes.
  private final List<byte[]> d = entries(7);
  private final MerkleTree tree = MerkleTree.ofEntries(d);
  private final byte[] a = tree.leafHash(0);
  private final byte[] b = tree.leafHash(1);
  private final byte[] c = tree.leafHash(2);
  private final byte[] dd = tree.leafHash(3);
  private final byte[] f = tree.leafHash(5);
  private final byte[] j = tree.leafHash(6);
  private final byte[] g = MerkleHash.nodeHash(a, b);
  private final byte[] h = MerkleHash.nodeHash(c, dd);
  private final byte[] i = MerkleHash.nodeHash(tree.leafHash(4), f);
  private final byte[] k = MerkleHash.nodeHash(g, h);
  private final byte[] l = MerkleHash.nodeHash(i, j);

  @Test
  void producesTheAuditPathsOfTheRfcExample() {
    assertThat(tree.inclusionProof(0, 7).path()).containsExactly(b, h, l);
    assertThat(tree.inclusionProof(3, 7).path()).containsExactly(c, g, l);
    assertThat(tree.inclusionProof(4, 7).path()).containsExactly(f, j, k);
    assertThat(tree.inclusionProof(6, 7).path()).containsExactly(i, k);
  }

  @Test
  void producesTheConsistencyProofsOfTheRfcExample() {
    assertThat(tree.consistencyProof(3, 7).path()).containsExactly(c, dd, g, l);
    assertThat(tree.consistencyProof(4, 7).path()).containsExactly(l);
    assertThat(tree.consistencyProof(6, 7).path()).containsExactly(i, j, k);
  }

  @Test
  void matchesTheRecursiveDefinitionForEverySmallTree() {
    List<byte[]> entries = entries(64);
    MerkleTree big = MerkleTree.ofEntries(entries);
    for (int n = 1; n <= 64; n++) {
      List<byte[]> prefix = entries.subList(0, n);
      assertThat(big.rootHash(n)).isEqualTo(NaiveMerkle.mth(prefix));
      for (int m = 0; m < n; m++) {
        assertThat(big.inclusionProof(m, n).path())
            .containsExactlyElementsOf(NaiveMerkle.path(m, prefix));
        assertThat(big.consistencyProof(m + 1, n).path())
            .containsExactlyElementsOf(NaiveMerkle.proof(m + 1, prefix));
      }
    }
  }

  @Test
  void generatedProofsVerifyForRandomSizesAndIndices() {
    Random random = new Random(6962);
    MerkleTree big = MerkleTree.ofEntries(entries(5000));
    for (int run = 0; run < 1000; run++) {
      long size = 1 + random.nextInt(5000);
      long index = random.nextLong(size);
      long older = 1 + random.nextLong(size);
      byte[] root = big.rootHash(size);

      assertThat(big.inclusionProof(index, size).verify(big.leafHash(index), root)).isTrue();
      assertThat(big.consistencyProof(older, size).verify(big.rootHash(older), root)).isTrue();
    }
  }

  @Test
  void rejectsProofOfAnotherLeaf() {
    InclusionProof proof = tree.inclusionProof(2, 7);

    assertThat(proof.verify(tree.leafHash(2), tree.rootHash())).isTrue();
    assertThat(proof.verify(tree.leafHash(3), tree.rootHash())).isFalse();
    assertThat(proof.verify(tree.leafHash(2), tree.rootHash(6))).isFalse();
  }

  @Test
  void compactRangeKeepsTheRootOfEveryPrefix() {
    List<byte[]> entries = entries(300);
    CompactRange range = new CompactRange();
    assertThat(range.rootHash()).isEqualTo(MerkleHash.emptyRoot());
    for (int n = 1; n <= 300; n++) {
      range.append(MerkleHash.leafHash(entries.get(n - 1)));
      assertThat(range.rootHash())
          .as("size %d", n)
          .isEqualTo(NaiveMerkle.mth(entries.subList(0, n)));
    }
  }

  @Test
  void compactRangeResumesFromTheRightEdgeOfAStoredTree() {
    List<byte[]> entries = entries(1000);
    MerkleTree full = MerkleTree.ofEntries(entries);
    MerkleTree stored = MerkleTree.ofEntries(entries.subList(0, 613));

    CompactRange range = CompactRange.of(613, stored);
    entries.subList(613, 1000).forEach(e -> range.append(MerkleHash.leafHash(e)));

    assertThat(range.size()).isEqualTo(1000);
    assertThat(range.rootHash()).isEqualTo(full.rootHash());
  }

  @Test
  void refusesProofsOutsideTheTree() {
    assertThatThrownBy(() -> tree.inclusionProof(7, 7))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.consistencyProof(0, 7))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tree.consistencyProof(5, 8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(tree.consistencyProof(7, 7).path()).isEmpty();
  }

  static List<byte[]> entries(int n) {
    List<byte[]> entries = new ArrayList<>();
    for (int e = 0; e < n; e++) {
      entries.add(ByteBuffer.allocate(12).putInt(0x6c656166).putLong(e).array());
    }
    return entries;
  }
}
