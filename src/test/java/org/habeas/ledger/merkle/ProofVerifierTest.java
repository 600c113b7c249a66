package org.habeas.ledger.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProofVerifierTest {

  private final MerkleTree tree = MerkleTree.ofEntries(MerkleProofsTest.entries(100));

  @Test
  void rejectsConsistencyProofWithFlippedBit() {
    List<byte[]> proof = tree.consistencyProof(37, 100).path();
    for (int element = 0; element < proof.size(); element++) {
      List<byte[]> tampered = new ArrayList<>(proof);
      byte[] flipped = proof.get(element).clone();
      flipped[element % 32] ^= 0x04;
      tampered.set(element, flipped);

      assertThat(
              ProofVerifier.verifyConsistency(
                  37, 100, tree.rootHash(37), tree.rootHash(100), tampered))
          .isFalse();
    }
  }

  @Test
  void rejectsInclusionProofWithFlippedBit() {
    List<byte[]> path = new ArrayList<>(tree.inclusionProof(42, 100).path());
    byte[] flipped = path.getLast().clone();
    flipped[31] ^= 1;
    path.set(path.size() - 1, flipped);

    assertThat(ProofVerifier.verifyInclusion(42, 100, tree.leafHash(42), path, tree.rootHash()))
        .isFalse();
  }

  @Test
  void rejectsSizesBeyondSignedRange() {
    List<byte[]> path = tree.inclusionProof(0, 100).path();

    assertThat(ProofVerifier.verifyInclusion(0, -1, tree.leafHash(0), path, tree.rootHash()))
        .isFalse();
    assertThat(ProofVerifier.verifyConsistency(-2, -1, tree.rootHash(), tree.rootHash(), List.of()))
        .isFalse();
  }

  @Test
  void acceptsOnlyTheEmptyRootForTwoEmptyTrees() {
    byte[] empty = MerkleHash.emptyRoot();

    assertThat(ProofVerifier.verifyConsistency(0, 0, empty, empty, List.of())).isTrue();
    assertThat(ProofVerifier.verifyConsistency(0, 0, tree.rootHash(), tree.rootHash(), List.of()))
        .isFalse();
  }

  @Test
  void rejectsProofFromTheEmptyTree() {
    assertThat(
            ProofVerifier.verifyConsistency(
                0, 100, MerkleHash.emptyRoot(), tree.rootHash(), List.of()))
        .isFalse();
  }
}
