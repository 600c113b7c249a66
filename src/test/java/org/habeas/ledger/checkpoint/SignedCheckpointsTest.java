package org.habeas.ledger.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.merkle.MerkleTree;
import org.habeas.ledger.note.Ed25519Keys;
import org.habeas.ledger.note.Ed25519NoteSigner;
import org.habeas.ledger.note.SignedNote;
import org.junit.jupiter.api.Test;

class SignedCheckpointsTest {

  private static final String ORIGIN = "custody.example.org/log/v1";

  private final Ed25519NoteSigner logKey =
      Ed25519NoteSigner.fromSeed(ORIGIN, Ed25519Keys.newSeed(new SecureRandom()));
  private final MerkleTree tree = treeOf(20);
  private final SignedCheckpoints signer = new SignedCheckpoints(logKey, Checkpoint.empty(ORIGIN));

  @Test
  void signsTheFirstCheckpointOfANewLog() {
    SignedNote note = signer.sign(at(10), List.of());

    assertThat(Checkpoint.fromNote(note)).isEqualTo(at(10));
    assertThat(note.verify(List.of(logKey.verifier()))).hasSize(1);
    assertThat(signer.lastSigned()).isEqualTo(at(10));
  }

  @Test
  void signsACheckpointThatProvablyExtendsTheLastOne() {
    signer.sign(at(10), List.of());

    signer.sign(at(17), tree.consistencyProof(10, 17).path());

    assertThat(signer.lastSigned()).isEqualTo(at(17));
  }

  @Test
  void resignsTheSameTreeHeadAsAHeartbeat() {
    signer.sign(at(10), List.of());

    assertThat(Checkpoint.fromNote(signer.sign(at(10), List.of()))).isEqualTo(at(10));
  }

  @Test
  void refusesToSignASmallerTree() {
    signer.sign(at(10), List.of());

    assertThatThrownBy(() -> signer.sign(at(9), List.of()))
        .isInstanceOf(InconsistentCheckpointException.class);
    assertThat(signer.lastSigned()).isEqualTo(at(10));
  }

  @Test
  void refusesToSignAnotherRootAtTheSameSize() {
    signer.sign(at(10), List.of());
    Checkpoint fork = Checkpoint.of(ORIGIN, 10, treeOf(11).rootHash(11));

    assertThatThrownBy(() -> signer.sign(fork, List.of()))
        .isInstanceOf(InconsistentCheckpointException.class);
  }

  @Test
  void refusesToSignARewrittenHistory() {
    signer.sign(at(10), List.of());
    MerkleTree rewritten = rewriteLeaf(3);
    Checkpoint forged = Checkpoint.of(ORIGIN, 17, rewritten.rootHash(17));

    assertThatThrownBy(() -> signer.sign(forged, rewritten.consistencyProof(10, 17).path()))
        .isInstanceOf(InconsistentCheckpointException.class);
  }

  @Test
  void refusesToSignWithoutAValidProof() {
    signer.sign(at(10), List.of());
    List<byte[]> proof = new ArrayList<>(tree.consistencyProof(10, 17).path());
    proof.removeLast();

    assertThatThrownBy(() -> signer.sign(at(17), proof))
        .isInstanceOf(InconsistentCheckpointException.class);
    assertThatThrownBy(() -> signer.sign(at(17), List.of()))
        .isInstanceOf(InconsistentCheckpointException.class);
  }

  @Test
  void refusesAnotherLogsOrigin() {
    Checkpoint other = Checkpoint.of("other.example/log", 10, tree.rootHash(10));

    assertThatThrownBy(() -> signer.sign(other, List.of()))
        .isInstanceOf(InconsistentCheckpointException.class);
  }

  @Test
  void refusesAnEmptyTreeWithANonEmptyRoot() {
    Checkpoint bogus = Checkpoint.of(ORIGIN, 0, tree.rootHash());

    assertThatThrownBy(() -> signer.sign(bogus, List.of()))
        .isInstanceOf(InconsistentCheckpointException.class);
    assertThat(signer.sign(Checkpoint.empty(ORIGIN), List.of())).isNotNull();
  }

  @Test
  void resumesFromAPersistedLastCheckpoint() {
    SignedCheckpoints restarted = new SignedCheckpoints(logKey, at(15));

    assertThatThrownBy(() -> restarted.sign(at(12), List.of()))
        .isInstanceOf(InconsistentCheckpointException.class);
    assertThat(restarted.sign(at(20), tree.consistencyProof(15, 20).path())).isNotNull();
  }

  private Checkpoint at(int size) {
    return Checkpoint.of(ORIGIN, size, tree.rootHash(size));
  }

  private static MerkleTree rewriteLeaf(int index) {
    MerkleTree tree = new MerkleTree();
    for (int i = 0; i < 20; i++) {
      tree.appendEntry(i == index ? new byte[] {'x'} : new byte[] {(byte) i});
    }
    return tree;
  }

  private static MerkleTree treeOf(int size) {
    MerkleTree tree = new MerkleTree();
    for (int i = 0; i < size; i++) {
      tree.appendEntry(new byte[] {(byte) i});
    }
    assertThat(tree.rootHash(0)).isEqualTo(MerkleHash.emptyRoot());
    return tree;
  }
}
