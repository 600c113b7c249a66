package org.habeas.ledger.tiles;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.habeas.ledger.merkle.MerkleTree;

/** An in-memory tree and the tiles that describe it, to compare tile-based answers against. */
final class TileFixtures {

  private TileFixtures() {}

  static MerkleTree treeOf(int size) {
    MerkleTree tree = new MerkleTree();
    for (int i = 0; i < size; i++) {
      tree.appendEntry(ByteBuffer.allocate(8).putLong(i).array());
    }
    return tree;
  }

  /** All tiles of the tree at its current size, keyed by level and index only. */
  static Map<String, TileData> tilesOf(MerkleTree tree) {
    Map<String, TileData> tiles = new HashMap<>();
    for (int level = 0; Tile.hashesAtLevel(level, tree.size()) > 0; level++) {
      long count = (Tile.hashesAtLevel(level, tree.size()) + Tile.FULL_WIDTH - 1) / Tile.FULL_WIDTH;
      for (long index = 0; index < count; index++) {
        TileData data = TileData.of(Tile.forSize(level, index, tree.size()), tree);
        tiles.put(key(data.tile()), data);
      }
    }
    return tiles;
  }

  /** Reads whatever version of a tile the store has, relying on partial tiles being prefixes. */
  static TileReader readerOf(Map<String, TileData> tiles) {
    return tile -> {
      TileData data = tiles.get(key(tile));
      if (data == null) {
        throw new IllegalStateException("no tile " + tile.path());
      }
      return data.hashes();
    };
  }

  static String key(Tile tile) {
    return tile.level() + "/" + tile.index();
  }
}
