package org.habeas.ledger.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.habeas.ledger.merkle.ConsistencyProof;
import org.habeas.ledger.merkle.InclusionProof;
import org.habeas.ledger.merkle.MerkleTree;
import org.junit.jupiter.api.Test;

class ProofTilesTest {

  private static final MerkleTree TREE = TileFixtures.treeOf(70_000);
  private static final Map<String, TileData> TILES = TileFixtures.tilesOf(TREE);

  @Test
  void needsOnlyTheRightEdgeTilesForTheRoot() {
    assertThat(ProofTiles.forRoot(70_000))
        .containsExactly(new Tile(2, 0, 1), new Tile(1, 1, 17), new Tile(0, 273, 112));
  }

  @Test
  void needsOneTileForAnyProofInASmallTree() {
    assertThat(ProofTiles.forInclusion(3, 10)).containsExactly(new Tile(0, 0, 10));
    assertThat(ProofTiles.forConsistency(4, 10)).containsExactly(new Tile(0, 0, 10));
  }

  @Test
  void listsEnoughTilesToComputeEveryProof() {
    Random random = new Random(8);
    for (int run = 0; run < 200; run++) {
      long size = 1 + random.nextLong(70_000);
      long index = random.nextLong(size);
      long older = 1 + random.nextLong(size);

      List<Tile> forInclusion = ProofTiles.forInclusion(index, size);
      List<Tile> forConsistency = ProofTiles.forConsistency(older, size);

      assertThat(InclusionProof.of(index, size, new TileHashSource(size, only(forInclusion))))
          .isEqualTo(TREE.inclusionProof(index, size));
      assertThat(ConsistencyProof.of(older, size, new TileHashSource(size, only(forConsistency))))
          .isEqualTo(TREE.consistencyProof(older, size));
      assertThat(forInclusion).hasSizeLessThanOrEqualTo(6);
    }
  }

  private static TileReader only(List<Tile> allowed) {
    TileReader all = TileFixtures.readerOf(TILES);
    return tile -> {
      assertThat(allowed).as("tiles listed for the proof").contains(tile);
      return all.read(tile);
    };
  }
}
