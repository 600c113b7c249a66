package org.habeas.ledger.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.merkle.MerkleProofs;
import org.habeas.ledger.store.Checkpoints.StoredCheckpoint;
import org.habeas.ledger.tiles.EntryBundle;
import org.habeas.ledger.tiles.Tile;
import org.habeas.ledger.tiles.TileHashSource;
import org.springframework.stereotype.Component;

/**
 * The log as the public reads it (C2SP tlog-tiles): the latest checkpoint, tiles, entry bundles,
 * and, for convenience, proofs computed from the tiles.
 */
@Component
public class PublishedLog {

  private final Checkpoints checkpoints;
  private final TreeHeads heads;
  private final StoredTiles tiles;
  private final Leaves leaves;
  private final WitnessCosignatures cosignatures;

  PublishedLog(
      Checkpoints checkpoints,
      TreeHeads heads,
      StoredTiles tiles,
      Leaves leaves,
      WitnessCosignatures cosignatures) {
    this.checkpoints = checkpoints;
    this.heads = heads;
    this.tiles = tiles;
    this.leaves = leaves;
    this.cosignatures = cosignatures;
  }

  /**
   * Returns the latest signed checkpoint note, if the log signed one yet, with the witnesses'
   * cosignature lines after the log's own.
   */
  public Optional<String> checkpoint() {
    return latestCheckpoint().map(StoredCheckpoint::note);
  }

  /** Returns the latest signed checkpoint, if any, its note with the witnesses' cosignatures. */
  public Optional<StoredCheckpoint> latestCheckpoint() {
    return checkpoints.latest().map(this::withCosignatures);
  }

  /** Returns the cosignatures the witnesses gave the checkpoint of {@code treeSize}. */
  public List<WitnessCosignatures.Cosignature> cosignatures(long treeSize) {
    return cosignatures.of(treeSize);
  }

  private StoredCheckpoint withCosignatures(StoredCheckpoint stored) {
    StringBuilder note = new StringBuilder(stored.note());
    cosignatures.of(stored.treeSize()).forEach(c -> note.append(c.line()));
    return new StoredCheckpoint(
        stored.treeSize(), stored.rootHash(), note.toString(), stored.signedAt());
  }

  /**
   * Returns a tile's contents, if the tree has grown that far: a full tile once full, a partial one
   * of width W once the tile had W hashes (a prefix of what is stored now).
   */
  public Optional<byte[]> tile(Tile tile) {
    byte[] stored = tiles.stored(tile.level(), tile.index());
    if (stored.length < tile.byteLength()) {
      return Optional.empty();
    }
    return Optional.of(Arrays.copyOf(stored, tile.byteLength()));
  }

  /** Returns the entry bundle of a level-0 tile, if the tree has that many entries. */
  public Optional<byte[]> entries(Tile tile) {
    long first = tile.index() * Tile.FULL_WIDTH;
    List<byte[]> entries = leaves.range(first, first + tile.width());
    return entries.size() == tile.width()
        ? Optional.of(EntryBundle.encode(entries))
        : Optional.empty();
  }

  /**
   * Returns the inclusion proof of leaf {@code index} in the tree of {@code size} leaves.
   *
   * @throws IllegalArgumentException unless {@code 0 <= index < size <= } the current tree size
   */
  public List<byte[]> inclusion(long index, long size) {
    requireSize(size);
    return MerkleProofs.inclusionPath(index, size, new TileHashSource(size, tiles));
  }

  /**
   * Returns the consistency proof from the tree of {@code size1} leaves to that of {@code size2},
   * empty when there is nothing to prove ({@code size1} 0 or equal to {@code size2}).
   *
   * @throws IllegalArgumentException unless {@code 0 <= size1 <= size2 <=} the current tree size
   */
  public List<byte[]> consistency(long size1, long size2) {
    requireSize(size2);
    if (size1 < 0 || size1 > size2) {
      throw new IllegalArgumentException("no consistency proof from " + size1 + " to " + size2);
    }
    if (size1 == 0 || size1 == size2) {
      return List.of();
    }
    return MerkleProofs.consistencyPath(size1, size2, new TileHashSource(size2, tiles));
  }

  /** Returns the root hash of the tree of {@code size} leaves, computed from the tiles. */
  public byte[] rootHash(long size) {
    requireSize(size);
    return size == 0
        ? MerkleHash.emptyRoot()
        : MerkleProofs.rootHash(size, new TileHashSource(size, tiles));
  }

  private void requireSize(long size) {
    long current = heads.latest().size();
    if (size < 0 || size > current) {
      throw new IllegalArgumentException("tree size " + size + " outside 0.." + current);
    }
  }
}
