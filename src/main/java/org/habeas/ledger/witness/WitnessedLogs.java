package org.habeas.ledger.witness;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The witness state in the database, {@code ledger_witnessed_log}. */
@Component
class WitnessedLogs implements WitnessState {

  private final JdbcClient jdbc;
  private final Clock clock;

  WitnessedLogs(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<Latest> latest(String origin) {
    return jdbc.sql(
            "select tree_size, root_hash, checkpoint from ledger_witnessed_log where origin = ?")
        .param(origin)
        .query((rs, i) -> new Latest(rs.getLong(1), rs.getBytes(2), rs.getString(3)))
        .optional();
  }

  @Override
  public boolean compareAndSet(String origin, Optional<Latest> expected, Latest next) {
    Timestamp now = Timestamp.from(clock.instant());
    if (expected.isEmpty()) {
      try {
        return jdbc.sql(
                    "insert into ledger_witnessed_log (origin, tree_size, root_hash, checkpoint,"
                        + " updated_at) values (?, ?, ?, ?, ?)")
                .params(origin, next.size(), next.rootHash(), next.checkpoint(), now)
                .update()
            == 1;
      } catch (DuplicateKeyException e) {
        return false; // another request cosigned this log first
      }
    }
    // One statement: the database checks the old size and root and stores the new ones at once.
    return jdbc.sql(
                "update ledger_witnessed_log set tree_size = ?, root_hash = ?, checkpoint = ?,"
                    + " updated_at = ? where origin = ? and tree_size = ? and root_hash = ?")
            .params(
                next.size(),
                next.rootHash(),
                next.checkpoint(),
                now,
                origin,
                expected.get().size(),
                expected.get().rootHash())
            .update()
        == 1;
  }
}
