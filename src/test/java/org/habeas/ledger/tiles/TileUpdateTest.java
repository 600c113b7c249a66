package org.habeas.ledger.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.merkle.MerkleTree;
import org.junit.jupiter.api.Test;

class TileUpdateTest {

  @Test
  void appendsBatchesIntoTheSameTilesAndRootsAsTheWholeTree() {
    MerkleTree tree = TileFixtures.treeOf(70_000);
    Map<String, TileData> store = new HashMap<>();
    Random random = new Random(256);
    long size = 0;
    while (size < tree.size()) {
      int batch = (int) Math.min(1 + random.nextInt(700), tree.size() - size);
      List<byte[]> leafHashes = new ArrayList<>();
      for (long i = size; i < size + batch; i++) {
        leafHashes.add(tree.leafHash(i));
      }

      TileUpdate update = TileUpdate.append(size, TileFixtures.readerOf(store), leafHashes);

      assertThat(update.treeSize()).isEqualTo(size + batch);
      assertThat(update.rootHash()).isEqualTo(tree.rootHash(update.treeSize()));
      for (TileData written : update.tiles()) {
        assertThat(written.hashes()).isEqualTo(TileData.of(written.tile(), tree).hashes());
        TileData before = store.put(TileFixtures.key(written.tile()), written);
        if (before != null) {
          byte[] old = before.hashes();
          assertThat(Arrays.copyOf(written.hashes(), old.length))
              .as("tiles only grow")
              .isEqualTo(old);
        }
      }
      size = update.treeSize();
    }
    assertThat(store).hasSameSizeAs(TileFixtures.tilesOf(tree));
  }

  @Test
  void fillingATileHashesItIntoTheLevelAbove() {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      leaves.add(MerkleHash.leafHash(new byte[] {(byte) i}));
    }

    TileUpdate update = TileUpdate.append(0, tile -> new byte[0], leaves);

    assertThat(update.tiles())
        .extracting(TileData::tile)
        .containsExactly(Tile.full(0, 0), new Tile(1, 0, 1));
    assertThat(update.tiles().get(1).hashes()).isEqualTo(MerkleHash.rootOfLeafHashes(leaves));
    assertThat(update.rootHash()).isEqualTo(MerkleHash.rootOfLeafHashes(leaves));
  }

  @Test
  void anEmptyBatchWritesNothing() {
    MerkleTree tree = TileFixtures.treeOf(300);

    TileUpdate update =
        TileUpdate.append(300, TileFixtures.readerOf(TileFixtures.tilesOf(tree)), List.of());

    assertThat(update.tiles()).isEmpty();
    assertThat(update.rootHash()).isEqualTo(tree.rootHash());
  }
}
