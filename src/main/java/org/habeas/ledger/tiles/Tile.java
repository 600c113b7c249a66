package org.habeas.ledger.tiles;

import java.util.ArrayList;
import java.util.List;
import org.habeas.ledger.merkle.MerkleHash;

/**
 * One C2SP tlog-tiles tile: up to 256 consecutive hashes at tile {@code level}, the {@code
 * index}-th tile of that level, {@code width} hashes wide (256 when full, 1..255 when partial).
 *
 * <p>Hash {@code i} of tile {@code (l, n)} is {@code MTH(D[(n*256 + i) * 256^l : (n*256 + i + 1) *
 * 256^l])}: level 0 holds leaf hashes, and each level above holds the roots of full tiles below. A
 * partial tile is a prefix of the full tile it grows into, which is why stored tiles may only ever
 * be extended.
 */
public record Tile(int level, long index, int width) {

  /** Tree levels per tile: a tile is a subtree of height 8. */
  public static final int HEIGHT = 8;

  /** Hashes in a full tile. */
  public static final int FULL_WIDTH = 1 << HEIGHT;

  /** The highest tile level the spec allows. */
  public static final int MAX_LEVEL = 63;

  /** Checks the ranges the spec gives: level 0..63, index ≥ 0, width 1..256. */
  public Tile {
    if (level < 0 || level > MAX_LEVEL || index < 0 || width < 1 || width > FULL_WIDTH) {
      throw new IllegalArgumentException(
          "no tile at level " + level + " index " + index + " width " + width);
    }
  }

  /** Returns the full tile at {@code level} and {@code index}. */
  public static Tile full(int level, long index) {
    return new Tile(level, index, FULL_WIDTH);
  }

  /**
   * Returns tile {@code (level, index)} as it exists in the tree of {@code treeSize} leaves: full,
   * or the partial right-edge tile of {@code floor(treeSize / 256^level) mod 256} hashes.
   *
   * @throws IllegalArgumentException if that tree has no hash in this tile
   */
  public static Tile forSize(int level, long index, long treeSize) {
    long hashes = hashesAtLevel(level, treeSize);
    if (index >= 0 && index < hashes >>> HEIGHT) {
      return full(level, index);
    }
    int partialWidth = (int) (hashes & (FULL_WIDTH - 1));
    if (index == hashes >>> HEIGHT && partialWidth > 0) {
      return new Tile(level, index, partialWidth);
    }
    throw new IllegalArgumentException(
        "tree of size " + treeSize + " has no tile " + index + " at level " + level);
  }

  /** Returns the number of full tiles at {@code level} in the tree of {@code treeSize} leaves. */
  public static long fullTileCount(int level, long treeSize) {
    return hashesAtLevel(level, treeSize) >>> HEIGHT;
  }

  /** Returns the partial tiles of the tree of {@code treeSize} leaves, lowest level first. */
  public static List<Tile> partialTiles(long treeSize) {
    List<Tile> partial = new ArrayList<>();
    for (int level = 0; hashesAtLevel(level, treeSize) > 0; level++) {
      long hashes = hashesAtLevel(level, treeSize);
      if ((hashes & (FULL_WIDTH - 1)) != 0) {
        partial.add(forSize(level, hashes >>> HEIGHT, treeSize));
      }
    }
    return partial;
  }

  /** Tells whether this tile holds all 256 hashes. */
  public boolean isFull() {
    return width == FULL_WIDTH;
  }

  /** Returns the length in bytes of this tile's contents, 32 per hash. */
  public int byteLength() {
    return width * MerkleHash.SIZE;
  }

  /** Returns the tile's path, {@code tile/<L>/<N>[.p/<W>]}, e.g. {@code tile/0/x001/x234/067}. */
  public String path() {
    return "tile/" + level + "/" + TilePaths.suffix(index, width);
  }

  /**
   * Returns the path of the entry bundle that this level-0 tile hashes, {@code
   * tile/entries/<N>[.p/<W>]}.
   */
  public String entriesPath() {
    if (level != 0) {
      throw new IllegalStateException("only level-0 tiles have entry bundles");
    }
    return TilePaths.ENTRIES + TilePaths.suffix(index, width);
  }

  /** Parses a tile path such as {@code tile/2/x001/234.p/17}, accepting only canonical paths. */
  public static Tile parsePath(String path) {
    return TilePaths.parse(path, false);
  }

  /** Parses an entry bundle path into the level-0 tile it corresponds to. */
  public static Tile parseEntriesPath(String path) {
    return TilePaths.parse(path, true);
  }

  // The number of hashes at tile level `level`: one per 256^level leaves.
  static long hashesAtLevel(int level, long treeSize) {
    if (treeSize < 0) {
      throw new IllegalArgumentException("negative tree size " + treeSize);
    }
    return HEIGHT * level >= Long.SIZE ? 0 : treeSize >>> (HEIGHT * level);
  }
}
