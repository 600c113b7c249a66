package org.habeas.ledger.tiles;

import org.habeas.ledger.merkle.HashSource;
import org.habeas.ledger.merkle.MerkleHash;

/** A tile and its contents, the {@code 32 * width} bytes served at its path. */
public record TileData(Tile tile, byte[] hashes) {

  /** Checks that the contents are exactly as long as the tile is wide. */
  public TileData {
    if (hashes.length != tile.byteLength()) {
      throw new IllegalArgumentException(
          tile.path() + " needs " + tile.byteLength() + " bytes, got " + hashes.length);
    }
    hashes = hashes.clone();
  }

  /**
   * Computes a tile's contents from any source of subtree hashes, for example an in-memory {@link
   * org.habeas.ledger.merkle.MerkleTree} of the leaf hashes: hash {@code i} of tile {@code (l, n)}
   * is the complete subtree of height {@code 8l} at index {@code 256n + i}.
   */
  public static TileData of(Tile tile, HashSource source) {
    byte[] hashes = new byte[tile.byteLength()];
    for (int i = 0; i < tile.width(); i++) {
      byte[] hash =
          source.subtreeHash(Tile.HEIGHT * tile.level(), tile.index() * Tile.FULL_WIDTH + i);
      System.arraycopy(hash, 0, hashes, i * MerkleHash.SIZE, MerkleHash.SIZE);
    }
    return new TileData(tile, hashes);
  }

  /** Returns a copy of the contents. */
  @Override
  public byte[] hashes() {
    return hashes.clone();
  }
}
