package org.habeas.ledger.store;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.tiles.Tile;
import org.habeas.ledger.tiles.TileData;
import org.habeas.ledger.tiles.TileReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tiles of the tree, kept insert-only: a tile is stored as segments of consecutive hashes, and
 * growing a partial tile inserts one segment with the hashes it gained.
 *
 * <p>So no stored hash is ever rewritten, not even by the application (the tables refuse UPDATE),
 * and the partial tile of every earlier size is a prefix of what is stored, as C2SP tlog-tiles
 * needs. A full tile costs at most 256 small rows to read; full tiles are served with long cache
 * lifetimes, so that is rare.
 */
@Component
public class StoredTiles implements TileReader {

  private final JdbcClient jdbc;

  StoredTiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Returns every hash stored for the tile's level and index, at least as many as it is wide.
   *
   * @throws IllegalStateException if fewer are stored, or the segments do not join up
   */
  @Override
  public byte[] read(Tile tile) {
    byte[] stored = stored(tile.level(), tile.index());
    if (stored.length < tile.byteLength()) {
      throw new IllegalStateException(
          "tile " + tile.path() + " has " + stored.length / MerkleHash.SIZE + " hashes stored");
    }
    return stored;
  }

  /** Returns the stored hashes of a tile, however many there are (none for an unknown tile). */
  public byte[] stored(int level, long index) {
    ByteArrayOutputStream hashes = new ByteArrayOutputStream();
    jdbc.sql(
            "select start_at, hashes from ledger_tile where level = ? and tile_index = ?"
                + " order by start_at")
        .params(level, index)
        .query(
            rs -> {
              if (rs.getInt(1) * MerkleHash.SIZE != hashes.size()) {
                throw new IllegalStateException(
                    "tile segments of level " + level + " index " + index + " do not join up");
              }
              hashes.writeBytes(rs.getBytes(2));
            });
    return hashes.toByteArray();
  }

  /**
   * Stores what an integration added to the tiles of the tree of {@code oldSize} leaves: for each
   * tile, the hashes beyond what that tree already had.
   */
  public void extend(long oldSize, List<TileData> tiles) {
    for (TileData data : tiles) {
      Tile tile = data.tile();
      int had = widthIn(tile.level(), tile.index(), oldSize);
      if (had >= tile.width()) {
        throw new IllegalStateException("tile " + tile.path() + " did not grow");
      }
      byte[] hashes = data.hashes();
      jdbc.sql("insert into ledger_tile (level, tile_index, start_at, hashes) values (?, ?, ?, ?)")
          .params(
              tile.level(),
              tile.index(),
              had,
              Arrays.copyOfRange(hashes, had * MerkleHash.SIZE, hashes.length))
          .update();
    }
  }

  // How many hashes tile (level, index) holds in the tree of treeSize leaves.
  private static int widthIn(int level, long index, long treeSize) {
    long hashes = level * Tile.HEIGHT >= Long.SIZE ? 0 : treeSize >>> (level * Tile.HEIGHT);
    long full = hashes >>> Tile.HEIGHT;
    if (index < full) {
      return Tile.FULL_WIDTH;
    }
    return index == full ? (int) (hashes & (Tile.FULL_WIDTH - 1)) : 0;
  }
}
