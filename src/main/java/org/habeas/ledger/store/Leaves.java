package org.habeas.ledger.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The log's entries by leaf index, and which custody event each one commits to. */
@Component
public class Leaves {

  /** A leaf and its index. */
  public record IndexedLeaf(long index, byte[] leaf) {}

  private final JdbcClient jdbc;

  Leaves(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores {@code batch} at indices {@code first}, {@code first + 1}, … with one multi-row insert
   * (one round trip instead of one per leaf); an index taken twice fails on the primary key.
   */
  public void addAll(long first, List<PendingLeaf> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<Object> params = new ArrayList<>(batch.size() * 4);
    for (int i = 0; i < batch.size(); i++) {
      PendingLeaf leaf = batch.get(i);
      params.add(first + i);
      params.add(leaf.leaf());
      params.add(leaf.recordId());
      params.add(leaf.seq());
    }
    jdbc.sql(
            "insert into ledger_leaf (leaf_index, leaf, record_id, seq) values "
                + String.join(", ", Collections.nCopies(batch.size(), "(?, ?, ?, ?)")))
        .params(params)
        .update();
  }

  /** Returns the leaf of a custody event, once integrated. */
  public Optional<IndexedLeaf> of(String recordId, int seq) {
    return jdbc.sql("select leaf_index, leaf from ledger_leaf where record_id = ? and seq = ?")
        .params(recordId, seq)
        .query((rs, i) -> new IndexedLeaf(rs.getLong(1), rs.getBytes(2)))
        .optional();
  }

  /** Returns the leaf index of each integrated event of a record, by seq. */
  public Map<Integer, Long> indicesOf(String recordId) {
    Map<Integer, Long> indices = new HashMap<>();
    jdbc.sql("select seq, leaf_index from ledger_leaf where record_id = ? and seq is not null")
        .param(recordId)
        .query(
            rs -> {
              indices.put(rs.getInt(1), rs.getLong(2));
            });
    return indices;
  }

  /** The leaf stored at an index, and the event it was queued for (none for a notice). */
  public record StoredLeaf(
      long index, byte[] leaf, @Nullable String recordId, @Nullable Integer seq) {}

  /** Returns the leaf stored at {@code index}, if the log has one there. */
  public Optional<StoredLeaf> at(long index) {
    return jdbc.sql("select leaf, record_id, seq from ledger_leaf where leaf_index = ?")
        .param(index)
        .query(
            (rs, i) ->
                new StoredLeaf(
                    index, rs.getBytes(1), rs.getString(2), rs.getObject(3, Integer.class)))
        .optional();
  }

  /** Returns every integrated event leaf of a record, by seq. */
  public Map<Integer, IndexedLeaf> ofRecord(String recordId) {
    Map<Integer, IndexedLeaf> found = new HashMap<>();
    jdbc.sql(
            "select seq, leaf_index, leaf from ledger_leaf where record_id = ? and seq is not null")
        .param(recordId)
        .query(
            rs -> {
              found.put(rs.getInt(1), new IndexedLeaf(rs.getLong(2), rs.getBytes(3)));
            });
    return found;
  }

  /**
   * Returns the leaves with indices {@code from} (inclusive) to {@code to} (exclusive), in order.
   */
  public List<byte[]> range(long from, long to) {
    return jdbc.sql(
            "select leaf from ledger_leaf where leaf_index >= ? and leaf_index < ?"
                + " order by leaf_index")
        .params(from, to)
        .query((rs, i) -> rs.getBytes(1))
        .list();
  }
}
