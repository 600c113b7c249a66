package org.habeas.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.habeas.ledger.checkpoint.Checkpoint;
import org.habeas.ledger.checkpoint.InconsistentCheckpointException;
import org.habeas.ledger.merkle.MerkleTree;
import org.habeas.ledger.note.Ed25519NoteSigner;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.tiles.TileData;
import org.habeas.ledger.tiles.TileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSignerTest {

  private static final String ORIGIN = "habeas.example/kz/ledger";
  private static final Ed25519NoteSigner KEY = Ed25519NoteSigner.fromSeed(ORIGIN, new byte[32]);

  @TempDir Path dir;

  @Test
  void catchesUpWithWhatAnotherInstanceSignedBeforeSigningMore() {
    var tree = treeOf(12, 0);
    var first = new LogSigner(KEY, null);
    var second = new LogSigner(KEY, null);
    first.sign(head(tree, 5), tiles(tree), Optional.empty());
    var nine = first.sign(head(tree, 9), tiles(tree), Optional.empty());

    var twelve = second.sign(head(tree, 12), tiles(tree), Optional.of(nine));

    assertThat(Checkpoint.fromNote(twelve).size()).isEqualTo(12);
    assertThat(twelve.verify(List.of(KEY.verifier()))).hasSize(1);
    assertThat(second.lastSigned()).isEqualTo(head(tree, 12));
  }

  @Test
  void refusesATreeThatDoesNotExtendTheOneItSigned() {
    var signed = treeOf(9, 0);
    var rewritten = treeOf(12, 1);
    var signer = new LogSigner(KEY, null);
    signer.sign(head(signed, 9), tiles(signed), Optional.empty());

    assertThatThrownBy(() -> signer.sign(head(rewritten, 12), tiles(rewritten), Optional.empty()))
        .isInstanceOf(InconsistentCheckpointException.class);
    assertThatThrownBy(() -> signer.sign(head(signed, 8), tiles(signed), Optional.empty()))
        .isInstanceOf(InconsistentCheckpointException.class);
  }

  @Test
  void refusesToCatchUpWithACheckpointAnotherKeySigned() {
    var tree = treeOf(9, 0);
    var seed = new byte[32];
    Arrays.fill(seed, (byte) 7);
    var impostor = Ed25519NoteSigner.fromSeed(ORIGIN, seed);
    var forged = SignedNote.sign(head(tree, 9).body(), impostor);

    assertThatThrownBy(
            () -> new LogSigner(KEY, null).sign(head(tree, 9), tiles(tree), Optional.of(forged)))
        .isInstanceOf(InconsistentCheckpointException.class);
  }

  @Test
  void remembersTheLastSignedTreeOutsideTheDatabase() {
    var tree = treeOf(9, 0);
    var state = dir.resolve("signer.state");
    new LogSigner(KEY, state).sign(head(tree, 9), tiles(tree), Optional.empty());

    var restarted = new LogSigner(KEY, state);

    assertThat(restarted.lastSigned()).isEqualTo(head(tree, 9));
    assertThatThrownBy(() -> restarted.sign(head(tree, 4), tiles(tree), Optional.empty()))
        .isInstanceOf(InconsistentCheckpointException.class);
  }

  private static MerkleTree treeOf(int size, int variant) {
    var tree = new MerkleTree();
    for (int i = 0; i < size; i++) {
      tree.appendEntry(ByteBuffer.allocate(8).putInt(variant).putInt(i).array());
    }
    return tree;
  }

  private static Checkpoint head(MerkleTree tree, long size) {
    return Checkpoint.of(ORIGIN, size, tree.rootHash(size));
  }

  private static TileReader tiles(MerkleTree tree) {
    return tile -> TileData.of(tile, tree).hashes();
  }
}
