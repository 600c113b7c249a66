package org.habeas.ledger.tiles;

import java.util.HashMap;
import java.util.Map;
import org.habeas.ledger.merkle.HashSource;
import org.habeas.ledger.merkle.MerkleHash;

/**
 * Answers complete-subtree hashes of the tree of one size from its tiles, so that roots and proofs
 * can be computed from a tile store (docs/design/ledger-research.md §7.5).
 *
 * <p>A subtree of height {@code 8t + s} is the hash of {@code 2^s} consecutive hashes in a level-t
 * tile. Only tiles that exist for this tree size are read: full ones, and the right-edge partial
 * ones. Each tile is read at most once per instance, since one proof revisits the same tiles.
 */
public final class TileHashSource implements HashSource {

  private final long treeSize;
  private final TileReader reader;
  private final Map<Tile, byte[]> read = new HashMap<>();

  /** Creates a source for the tree of {@code treeSize} leaves whose tiles {@code reader} holds. */
  public TileHashSource(long treeSize, TileReader reader) {
    if (treeSize < 0) {
      throw new IllegalArgumentException("negative tree size " + treeSize);
    }
    this.treeSize = treeSize;
    this.reader = reader;
  }

  @Override
  public byte[] subtreeHash(int level, long index) {
    if (level < 0 || level > 62 || index < 0 || index >= treeSize >>> level) {
      throw new IllegalArgumentException(
          "no complete subtree at level " + level + " index " + index + " in size " + treeSize);
    }
    int tileLevel = level / Tile.HEIGHT;
    int height = level % Tile.HEIGHT;
    long first = index << height; // first covered hash, counted at tree level 8 * tileLevel
    Tile tile = Tile.forSize(tileLevel, first >>> Tile.HEIGHT, treeSize);
    byte[] hashes = read.computeIfAbsent(tile, this::readChecked);
    return MerkleHash.perfectSubtreeHash(
        hashes, (int) (first & (Tile.FULL_WIDTH - 1)), 1 << height);
  }

  private byte[] readChecked(Tile tile) {
    byte[] hashes = reader.read(tile);
    if (hashes.length < tile.byteLength()
        || hashes.length % MerkleHash.SIZE != 0
        || hashes.length > Tile.FULL_WIDTH * MerkleHash.SIZE) {
      throw new IllegalStateException(
          "tile " + tile.path() + " holds " + hashes.length + " bytes, needs " + tile.byteLength());
    }
    return hashes;
  }
}
