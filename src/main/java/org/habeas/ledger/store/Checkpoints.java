package org.habeas.ledger.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every checkpoint the log signed, as the signed note it was published as. */
@Component
public class Checkpoints {

  /** A signed checkpoint as stored. */
  public record StoredCheckpoint(long treeSize, byte[] rootHash, String note, Instant signedAt) {}

  private final JdbcClient jdbc;

  Checkpoints(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns the largest checkpoint signed, if any. */
  public Optional<StoredCheckpoint> latest() {
    return jdbc.sql(
            "select tree_size, root_hash, note, signed_at from ledger_checkpoint"
                + " order by tree_size desc fetch first 1 rows only")
        .query(
            (rs, i) ->
                new StoredCheckpoint(
                    rs.getLong(1), rs.getBytes(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
        .optional();
  }

  /** Stores a newly signed checkpoint. */
  public void add(StoredCheckpoint checkpoint) {
    jdbc.sql(
            "insert into ledger_checkpoint (tree_size, root_hash, note, signed_at)"
                + " values (?, ?, ?, ?)")
        .params(
            checkpoint.treeSize(),
            checkpoint.rootHash(),
            checkpoint.note(),
            Timestamp.from(checkpoint.signedAt()))
        .update();
  }
}
