package org.habeas.ledger.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import org.habeas.ledger.merkle.ConsistencyProof;
import org.habeas.ledger.merkle.InclusionProof;
import org.habeas.ledger.merkle.MerkleProofs;
import org.habeas.ledger.merkle.MerkleTree;
import org.junit.jupiter.api.Test;

/** Proofs computed from the tiles of a 70,000-leaf tree, as in the research's TileCheck. */
class TileHashSourceTest {

  private static final MerkleTree TREE = TileFixtures.treeOf(100_000);
  private static final Map<String, TileData> TILES = TileFixtures.tilesOf(TREE);

  @Test
  void computesTheRootFromTiles() {
    TileHashSource source = new TileHashSource(100_000, TileFixtures.readerOf(TILES));

    assertThat(MerkleProofs.rootHash(100_000, source)).isEqualTo(TREE.rootHash());
  }

  @Test
  void computesTheSameProofsFromTilesAsFromTheWholeTree() {
    Random random = new Random(70_000);
    for (int run = 0; run < 300; run++) {
      long size = 1 + random.nextLong(100_000);
      long index = random.nextLong(size);
      long older = 1 + random.nextLong(size);
      TileHashSource source = new TileHashSource(size, TileFixtures.readerOf(TILES));

      assertThat(InclusionProof.of(index, size, source))
          .isEqualTo(TREE.inclusionProof(index, size));
      assertThat(ConsistencyProof.of(older, size, source))
          .isEqualTo(TREE.consistencyProof(older, size));
      assertThat(MerkleProofs.rootHash(size, source)).isEqualTo(TREE.rootHash(size));
    }
  }

  @Test
  void refusesTileShorterThanItsWidth() {
    TileReader truncating = tile -> new byte[32];
    TileHashSource source = new TileHashSource(70_000, truncating);

    assertThatThrownBy(() -> source.subtreeHash(8, 0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesSubtreesThatAreNotCompleteInItsTree() {
    TileHashSource source = new TileHashSource(1000, TileFixtures.readerOf(TILES));

    assertThatThrownBy(() -> source.subtreeHash(10, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
