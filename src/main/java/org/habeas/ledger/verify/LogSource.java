package org.habeas.ledger.verify;

import java.util.List;
import java.util.Optional;
import org.habeas.ledger.tiles.Tile;
import org.jspecify.annotations.Nullable;

/** Where the verifier reads the log from: the public HTTP endpoints, or the database itself. */
interface LogSource extends AutoCloseable {

  /** One log entry, with the custody event it commits to where the source knows it. */
  record Entry(long index, byte[] leaf, @Nullable String recordId, @Nullable Integer seq) {}

  /** A checkpoint the log stored, with when it was signed, for sources that keep history. */
  record StoredHead(long size, byte[] rootHash, @Nullable String note) {}

  /** Says where the log is read from, for the report. */
  String describe();

  /** Returns the latest checkpoint note, with the log signature and any cosignatures. */
  String checkpoint();

  /** Returns a tile's hashes (at least its width), or empty if the source does not have it. */
  Optional<byte[]> tile(Tile tile);

  /**
   * Returns the entries whose indices lie in {@code [from, to)}, in order; fewer (with a gap) if
   * some are missing.
   */
  List<Entry> entries(long from, long to);

  /** Returns how many leaves the source holds beyond the checkpoint's, if it knows (a database). */
  long leafCount(long checkpointSize);

  /** Returns the earlier tree heads and checkpoints the source keeps, oldest first. */
  List<StoredHead> history();

  @Override
  void close();
}
