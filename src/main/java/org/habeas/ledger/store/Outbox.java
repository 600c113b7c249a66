package org.habeas.ledger.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The leaves queued by business transactions and not yet integrated into the tree. */
@Component
public class Outbox {

  private final JdbcClient jdbc;

  Outbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Queues a leaf for the next integration, in the caller's transaction: an event's commitment, or
   * another kind of leaf such as an erasure notice (then {@code seq} is null).
   */
  public void enqueue(byte[] leaf, @Nullable String recordId, @Nullable Integer seq, Instant at) {
    jdbc.sql("insert into ledger_pending (leaf, record_id, seq, enqueued_at) values (?, ?, ?, ?)")
        .params(Arrays.<@Nullable Object>asList(leaf, recordId, seq, Timestamp.from(at)))
        .update();
  }

  /** Returns up to {@code limit} queued leaves, oldest first: the order they get their indices. */
  public List<PendingLeaf> oldest(int limit) {
    return jdbc.sql(
            "select id, leaf, record_id, seq from ledger_pending order by id fetch first ? rows only")
        .param(limit)
        .query(
            (rs, i) ->
                new PendingLeaf(
                    rs.getLong("id"),
                    rs.getBytes("leaf"),
                    rs.getString("record_id"),
                    (Integer) rs.getObject("seq", Integer.class)))
        .list();
  }

  /** Removes integrated leaves from the queue, with one statement. */
  public void remove(List<PendingLeaf> integrated) {
    if (integrated.isEmpty()) {
      return;
    }
    int removed =
        jdbc.sql(
                "delete from ledger_pending where id in ("
                    + String.join(", ", Collections.nCopies(integrated.size(), "?"))
                    + ")")
            .params(integrated.stream().map(PendingLeaf::id).toList())
            .update();
    if (removed != integrated.size()) {
      // Another integrator took some: the lock failed us, so nothing of this batch may commit.
      throw new IllegalStateException(
          (integrated.size() - removed) + " outbox rows of this batch were already integrated");
    }
  }

  /** Returns how many leaves wait for integration. */
  public long size() {
    return jdbc.sql("select count(*) from ledger_pending").query(Long.class).single();
  }
}
