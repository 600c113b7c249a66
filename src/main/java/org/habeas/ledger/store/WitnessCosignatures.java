package org.habeas.ledger.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.habeas.ledger.note.Cosignatures;
import org.habeas.ledger.note.NoteSignature;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cosignatures witnesses returned for this log's checkpoints, kept to be served with the
 * checkpoint: C2SP notes carry any number of signature lines, and verifiers ignore those of keys
 * they do not know.
 */
@Component
public class WitnessCosignatures {

  /** A cosignature and the time the witness put in it. */
  public record Cosignature(long treeSize, String witness, String line, Instant cosignedAt) {}

  private final JdbcClient jdbc;

  WitnessCosignatures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a verified cosignature of the checkpoint of {@code treeSize}; once per key. */
  public void add(long treeSize, NoteSignature cosignature) {
    try {
      jdbc.sql(
              "insert into ledger_cosignature (tree_size, witness, key_id, line, cosigned_at)"
                  + " values (?, ?, ?, ?, ?)")
          .params(
              treeSize,
              cosignature.keyName(),
              cosignature.keyId(),
              cosignature.line(),
              Timestamp.from(Cosignatures.timestamp(cosignature)))
          .update();
    } catch (DuplicateKeyException e) {
      // Witnessed twice (a retry, or a second instance): the first cosignature stands.
    }
  }

  /** Returns the cosignatures of the checkpoint of {@code treeSize}, by witness. */
  public List<Cosignature> of(long treeSize) {
    return jdbc.sql(
            "select tree_size, witness, line, cosigned_at from ledger_cosignature"
                + " where tree_size = ? order by witness, key_id")
        .param(treeSize)
        .query(
            (rs, i) ->
                new Cosignature(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant()))
        .list();
  }
}
