package org.habeas.ledger.tiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.merkle.MerkleProofs;

/**
 * What appending a batch of leaf hashes does to a tiled tree: its new size and root, and every tile
 * the batch created or extended, full tiles first, then the new right-edge partial tiles.
 *
 * <p>This is the pure core of the integrator (docs/design/ledger-research.md §7.4): only the
 * right-edge partial tiles of the old tree are read, each tile that fills up is hashed into the
 * level above, and partial tiles are never hashed upwards.
 */
public record TileUpdate(long treeSize, byte[] rootHash, List<TileData> tiles) {

  /** Makes the record's lists and arrays its own. */
  public TileUpdate {
    rootHash = rootHash.clone();
    tiles = List.copyOf(tiles);
  }

  /**
   * Appends {@code leafHashes} to the tree of {@code treeSize} leaves whose partial tiles {@code
   * existing} reads.
   */
  public static TileUpdate append(long treeSize, TileReader existing, List<byte[]> leafHashes) {
    Map<Integer, Edge> edges = new HashMap<>();
    List<TileData> full = new ArrayList<>();
    for (byte[] leafHash : leafHashes) {
      if (leafHash.length != MerkleHash.SIZE) {
        throw new IllegalArgumentException("leaf hash must be 32 bytes");
      }
      push(0, leafHash, treeSize, existing, edges, full);
    }
    List<TileData> written = new ArrayList<>(full);
    edges.keySet().stream()
        .sorted()
        .map(edges::get)
        .filter(edge -> edge.count > 0)
        .forEach(edge -> written.add(edge.partial()));
    long newSize = Math.addExact(treeSize, leafHashes.size());
    Map<Tile, byte[]> byTile = new HashMap<>();
    written.forEach(data -> byTile.put(data.tile(), data.hashes()));
    TileReader after = tile -> byTile.containsKey(tile) ? byTile.get(tile) : existing.read(tile);
    byte[] root = MerkleProofs.rootHash(newSize, new TileHashSource(newSize, after));
    return new TileUpdate(newSize, root, written);
  }

  /** Returns a copy of the new root hash. */
  @Override
  public byte[] rootHash() {
    return rootHash.clone();
  }

  private static void push(
      int level,
      byte[] hash,
      long treeSize,
      TileReader existing,
      Map<Integer, Edge> edges,
      List<TileData> full) {
    Edge edge = edges.computeIfAbsent(level, l -> Edge.of(l, treeSize, existing));
    System.arraycopy(hash, 0, edge.hashes, edge.count * MerkleHash.SIZE, MerkleHash.SIZE);
    if (++edge.count < Tile.FULL_WIDTH) {
      return;
    }
    full.add(new TileData(Tile.full(level, edge.index), edge.hashes));
    byte[] tileRoot = MerkleHash.perfectSubtreeHash(edge.hashes, 0, Tile.FULL_WIDTH);
    edge.index++;
    edge.count = 0;
    push(level + 1, tileRoot, treeSize, existing, edges, full);
  }

  /** The right-edge tile of one level while a batch is appended. */
  private static final class Edge {
    final int level;
    final byte[] hashes = new byte[Tile.FULL_WIDTH * MerkleHash.SIZE];
    long index;
    int count;

    private Edge(int level, long index) {
      this.level = level;
      this.index = index;
    }

    static Edge of(int level, long treeSize, TileReader existing) {
      long before = Tile.hashesAtLevel(level, treeSize);
      Edge edge = new Edge(level, before >>> Tile.HEIGHT);
      edge.count = (int) (before & (Tile.FULL_WIDTH - 1));
      if (edge.count > 0) {
        Tile tile = new Tile(level, edge.index, edge.count);
        byte[] stored = existing.read(tile);
        if (stored.length < tile.byteLength()) {
          throw new IllegalStateException("tile " + tile.path() + " is shorter than its width");
        }
        System.arraycopy(stored, 0, edge.hashes, 0, tile.byteLength());
      }
      return edge;
    }

    TileData partial() {
      Tile tile = new Tile(level, index, count);
      return new TileData(tile, Arrays.copyOf(hashes, tile.byteLength()));
    }
  }
}
