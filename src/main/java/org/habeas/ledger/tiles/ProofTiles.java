package org.habeas.ledger.tiles;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.habeas.ledger.merkle.HashSource;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.merkle.MerkleProofs;

/**
 * The tiles a client must fetch to compute a root or a proof, found by running the proof
 * computation itself and noting which subtree hashes it asks for.
 *
 * <p>Reusing the computation means the list can never disagree with what {@link TileHashSource}
 * reads. Tiles come in the order first needed, each once.
 */
public final class ProofTiles {

  private ProofTiles() {}

  /** Returns the tiles needed for the root hash of the tree of {@code treeSize} leaves. */
  public static List<Tile> forRoot(long treeSize) {
    Recorder recorder = new Recorder(treeSize);
    MerkleProofs.rootHash(treeSize, recorder);
    return List.copyOf(recorder.tiles);
  }

  /** Returns the tiles needed for the inclusion proof of leaf {@code index} in {@code treeSize}. */
  public static List<Tile> forInclusion(long index, long treeSize) {
    Recorder recorder = new Recorder(treeSize);
    MerkleProofs.inclusionPath(index, treeSize, recorder);
    return List.copyOf(recorder.tiles);
  }

  /**
   * Returns the tiles, of the larger tree, needed for the proof from {@code size1} to {@code
   * size2}.
   */
  public static List<Tile> forConsistency(long size1, long size2) {
    Recorder recorder = new Recorder(size2);
    MerkleProofs.consistencyPath(size1, size2, recorder);
    return List.copyOf(recorder.tiles);
  }

  /** A source that answers with zeros and remembers which tile each answer would come from. */
  private static final class Recorder implements HashSource {
    private final long treeSize;
    private final Set<Tile> tiles = new LinkedHashSet<>();

    Recorder(long treeSize) {
      this.treeSize = treeSize;
    }

    @Override
    public byte[] subtreeHash(int level, long index) {
      long first = index << (level % Tile.HEIGHT);
      tiles.add(Tile.forSize(level / Tile.HEIGHT, first >>> Tile.HEIGHT, treeSize));
      return new byte[MerkleHash.SIZE];
    }
  }
}
