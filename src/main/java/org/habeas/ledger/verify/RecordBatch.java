package org.habeas.ledger.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.habeas.ledger.CustodyLeaf;
import org.jspecify.annotations.Nullable;

/**
 * Everything the database holds about a batch of custody records (and complaints, whose timeline
 * entries are logged the same way), read with one query per table rather than per record: their
 * event rows, keys, openings, commitments, leaves, outbox entries and erasures.
 */
final class RecordBatch {

  /** A stored event row; monitoring's rows keep no recording time of their own. */
  record Row(
      int seq,
      String type,
      Instant occurredAt,
      @Nullable Instant recordedAt,
      String recordedBy,
      String payload) {}

  /** A leaf of the log and its index. */
  record Leaf(long index, CustodyLeaf leaf) {}

  /** A stored erasure decision and its commitment key. */
  record Erasure(String reason, String erasedBy, Instant erasedAt, byte[] decisionKey) {}

  final Map<String, List<Row>> rows = new HashMap<>();
  final Map<String, byte[]> keys = new HashMap<>();
  final Map<String, Map<Integer, byte[]>> openings = new HashMap<>();
  final Map<String, Map<Integer, byte[]>> commitments = new HashMap<>();
  final Map<String, Map<Integer, Leaf>> eventLeaves = new HashMap<>();
  final Map<String, List<Leaf>> notices = new HashMap<>();
  final Map<String, Set<Integer>> pending = new HashMap<>();
  final Set<String> pendingNotices = new HashSet<>();
  final Map<String, Erasure> erasures = new HashMap<>();

  private RecordBatch() {}

  /** Reads what the database holds about {@code recordIds}. */
  static RecordBatch load(Connection db, List<String> recordIds) throws SQLException {
    RecordBatch batch = new RecordBatch();
    String in = " where record_id in (" + "?, ".repeat(recordIds.size() - 1) + "?)";
    query(
        db,
        "select record_id, seq, type, occurred_at, recorded_at, recorded_by, payload from"
            + " custody_event"
            + in
            + " union all select complaint_id, seq, type, occurred_at, recorded_at, actor, details"
            + " from complaint_entry"
            + in.replace("record_id", "complaint_id")
            + " union all select stream_id, seq, 'monitoring.' || type, occurred_at,"
            + " cast(null as timestamp with time zone), recorded_by, payload from mon_event"
            + in.replace("record_id", "stream_id")
            + " union all select stream_id, seq, type, occurred_at,"
            + " cast(null as timestamp with time zone), recorded_by, payload from"
            + " detention_report_event"
            + in.replace("record_id", "stream_id")
            + " union all select stream_id, seq, type, occurred_at,"
            + " cast(null as timestamp with time zone), recorded_by, payload from"
            + " field_registration_event"
            + in.replace("record_id", "stream_id")
            + " union all select id, 1, type, asked_at, cast(null as timestamp with time zone),"
            + " recorded_by, payload from detention_lookup"
            + in.replace("record_id", "id")
            + " order by 1, 2",
        times(recordIds, 6),
        rs ->
            batch
                .rows
                .computeIfAbsent(rs.getString(1), r -> new ArrayList<>())
                .add(
                    new Row(
                        rs.getInt(2),
                        rs.getString(3),
                        instant(rs, 4),
                        rs.getObject(5) == null ? null : instant(rs, 5),
                        rs.getString(6),
                        rs.getString(7))));
    query(
        db,
        "select record_id, record_key from ledger_record_key" + in,
        recordIds,
        rs -> batch.keys.put(rs.getString(1), rs.getBytes(2)));
    query(
        db,
        "select record_id, seq, canonical from ledger_opening" + in,
        recordIds,
        rs -> bySeq(batch.openings, rs));
    query(
        db,
        "select record_id, seq, commitment from ledger_commitment" + in,
        recordIds,
        rs -> bySeq(batch.commitments, rs));
    query(
        db,
        "select record_id, seq, leaf_index, leaf from ledger_leaf" + in + " order by leaf_index",
        recordIds,
        batch::leaf);
    query(
        db,
        "select record_id, seq from ledger_pending" + in,
        recordIds,
        rs -> {
          Integer seq = rs.getObject(2, Integer.class);
          if (seq == null) {
            batch.pendingNotices.add(rs.getString(1));
          } else {
            batch.pending.computeIfAbsent(rs.getString(1), r -> new HashSet<>()).add(seq);
          }
        });
    query(
        db,
        "select record_id, reason, erased_by, erased_at, decision_key from ledger_erasure" + in,
        recordIds,
        rs ->
            batch.erasures.put(
                rs.getString(1),
                new Erasure(rs.getString(2), rs.getString(3), instant(rs, 4), rs.getBytes(5))));
    return batch;
  }

  /** The ids once for each of the three tables of a union. */
  private static List<String> times(List<String> ids, int n) {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.addAll(ids);
    }
    return all;
  }

  private void leaf(ResultSet rs) throws SQLException {
    CustodyLeaf leaf;
    try {
      leaf = CustodyLeaf.decode(rs.getBytes(4));
    } catch (IllegalArgumentException e) {
      return; // the tree audit reports leaves that do not decode
    }
    String recordId = rs.getString(1);
    @Nullable Integer seq = rs.getObject(2, Integer.class);
    Leaf indexed = new Leaf(rs.getLong(3), leaf);
    if (seq == null) {
      notices.computeIfAbsent(recordId, r -> new ArrayList<>()).add(indexed);
    } else {
      eventLeaves.computeIfAbsent(recordId, r -> new HashMap<>()).put(seq, indexed);
    }
  }

  private static void bySeq(Map<String, Map<Integer, byte[]>> into, ResultSet rs)
      throws SQLException {
    into.computeIfAbsent(rs.getString(1), r -> new HashMap<>()).put(rs.getInt(2), rs.getBytes(3));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  /** Handles one row of a result. */
  @FunctionalInterface
  interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }

  private static void query(Connection db, String sql, List<String> ids, RowHandler handler)
      throws SQLException {
    try (PreparedStatement q = db.prepareStatement(sql)) {
      for (int i = 0; i < ids.size(); i++) {
        q.setString(i + 1, ids.get(i));
      }
      ResultSet rs = q.executeQuery();
      while (rs.next()) {
        handler.handle(rs);
      }
    }
  }
}
