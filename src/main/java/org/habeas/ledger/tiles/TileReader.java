package org.habeas.ledger.tiles;

/** Reads the stored contents of a tile: {@code 32 * width} bytes of concatenated hashes. */
@FunctionalInterface
public interface TileReader {

  /**
   * Returns the contents of {@code tile}; a wider version of the same tile is also acceptable,
   * because a partial tile is a prefix of every wider one.
   */
  byte[] read(Tile tile);
}
