package org.habeas.ledger.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.habeas.ledger.CanonicalEvent;
import org.habeas.ledger.CustodyLeaf.EventCommitment;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.verify.RecordBatch.Leaf;
import org.habeas.ledger.verify.RecordBatch.Row;
import org.jspecify.annotations.Nullable;

/**
 * Checks every stored custody event against the log, record by record: the row (its payload opened
 * with the record key) must be the event its opening describes, the opening must open the
 * commitment in the event's leaf, and the openings must chain. A leaf without its row, a row
 * without its leaf, and a record whose key or openings are gone without an erasure notice are
 * tampering; erased records go to {@link ErasureAudit}. The events that open their commitments then
 * go to {@link ShownRows}, which checks the other rows the pages show against them.
 */
final class EventAudit {

  private static final int BATCH = 200;

  private final Connection db;
  private final long checkpointSize;
  private final Report report;
  private final ErasureAudit erasures;
  private final ShownRows shown;
  private final EventRowCheck eventRows;
  private long eventsChecked;
  private long recordsChecked;

  private EventAudit(Connection db, long checkpointSize, Report report) {
    this.db = db;
    this.checkpointSize = checkpointSize;
    this.report = report;
    this.erasures = new ErasureAudit(checkpointSize, report);
    this.shown = new ShownRows(db, report);
    this.eventRows = new EventRowCheck(report);
  }

  /** Checks every stored event; findings go to {@code report}. */
  static void run(Connection db, long checkpointSize, Report report) throws SQLException {
    new EventAudit(db, checkpointSize, report).audit();
  }

  private void audit() throws SQLException {
    long before = report.count(Report.Kind.TAMPERED);
    // Custody records, complaints and monitoring's visits, recommendations and cameras are the
    // kinds of stream in the log.
    List<String> ids =
        strings(
            "select record_id from custody_event union select complaint_id from complaint_entry"
                + " union select stream_id from mon_event"
                // Reports of a detention: a stream of their own.
                + " union select stream_id from detention_report_event"
                // Field registrations by the arresting officer: a stream of their own.
                + " union select stream_id from field_registration_event"
                // Lookups of a detained person (issue 19): one event per enquiry.
                + " union select id from detention_lookup order by 1");
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
      RecordBatch batch = RecordBatch.load(db, chunk);
      Map<String, List<CanonicalEvent>> opened = new HashMap<>();
      for (String recordId : chunk) {
        List<CanonicalEvent> events = record(recordId, batch);
        if (events != null) {
          opened.put(recordId, events);
        }
      }
      shown.check(opened, batch.keys);
    }
    for (String lost :
        strings(
            "select 'record ' || l.record_id || ' seq ' || l.seq || ': event row deleted (its"
                + " leaf ' || l.leaf_index || ' is in the log)' from ledger_leaf l where l.seq is"
                + " not null and not exists (select 1 from custody_event e where e.record_id ="
                + " l.record_id and e.seq = l.seq) and not exists (select 1 from complaint_entry c"
                + " where c.complaint_id = l.record_id and c.seq = l.seq) and not exists (select 1"
                + " from mon_event m where m.stream_id = l.record_id and m.seq = l.seq)"
                + " and not exists (select 1 from detention_report_event d"
                + " where d.stream_id = l.record_id and d.seq = l.seq)"
                + " and not exists (select 1 from field_registration_event f"
                + " where f.stream_id = l.record_id and f.seq = l.seq)"
                + " and not exists (select 1 from detention_lookup q"
                + " where q.id = l.record_id and l.seq = 1)"
                + " order by l.leaf_index")) {
      report.tampered(lost);
    }
    for (String leaf :
        strings("select leaf_index from ledger_leaf where record_id is null order by 1")) {
      report.tampered("leaf " + leaf + " is linked to no custody record");
    }
    report.ok(
        eventsChecked
            + " events in "
            + recordsChecked
            + " records checked against their openings, commitments and leaves ("
            + (report.count(Report.Kind.TAMPERED) - before)
            + " found tampered)");
    if (eventRows.recordedTimesUncommitted > 0) {
      report.note(
          eventRows.recordedTimesUncommitted
              + " events were logged before their recording time was committed: their"
              + " recorded_at cannot be checked");
    }
    shown.finish();
  }

  /**
   * Checks one record's events; returns those whose openings open their commitments, in order, or
   * null when the record is erased or was never logged (nothing to check its other rows against).
   */
  private @Nullable List<CanonicalEvent> record(String recordId, RecordBatch batch) {
    recordsChecked++;
    List<Row> rows = batch.rows.getOrDefault(recordId, List.of());
    eventsChecked += rows.size();
    Map<Integer, Leaf> leaves = batch.eventLeaves.getOrDefault(recordId, Map.of());
    Map<Integer, byte[]> commitments = batch.commitments.getOrDefault(recordId, Map.of());
    RecordBatch.Erasure erasure = batch.erasures.get(recordId);
    if (erasure != null) {
      erasures.check(recordId, rows, leaves, erasure, batch);
      return null;
    }
    byte[] key = batch.keys.get(recordId);
    if (key == null && commitments.isEmpty() && leaves.isEmpty()) {
      report.note("record " + recordId + ": stored before the ledger existed; not in the log");
      return null;
    }
    if (key == null) {
      report.tampered(
          "record "
              + recordId
              + ": its key was deleted without an erasure notice; its "
              + rows.size()
              + " events can no longer be opened");
      return null;
    }
    Map<Integer, byte[]> openings = batch.openings.getOrDefault(recordId, Map.of());
    List<CanonicalEvent> opened = new ArrayList<>();
    for (Row row : rows) {
      String at = "record " + recordId + " seq " + row.seq() + ": ";
      Leaf leaf = leaves.get(row.seq());
      if (leaf == null) {
        if (batch.pending.getOrDefault(recordId, Set.of()).contains(row.seq())) {
          report.note(at + "waits in the outbox for its leaf");
          // Its opening and commitment are stored already: what the leaf will say.
          EventRowCheck.openedEvent(recordId, row.seq(), key, openings, commitments)
              .ifPresent(opened::add);
        } else {
          report.tampered(
              at + "event row has no leaf in the log (inserted behind the application)");
        }
      } else if (!(leaf.leaf() instanceof EventCommitment committed)) {
        report.tampered(at + "its leaf " + leaf.index() + " is not an event commitment");
      } else {
        if (leaf.index() >= checkpointSize) {
          report.note(at + "leaf " + leaf.index() + " is not yet in a signed checkpoint");
        }
        byte[] stored = commitments.get(row.seq());
        if (stored == null || !MerkleHash.equal(stored, committed.commitment())) {
          report.tampered(
              at + "its stored commitment differs from the one in leaf " + leaf.index());
        }
        byte[] opening = openings.get(row.seq());
        if (opening == null) {
          report.tampered(
              at + "its opening was deleted without an erasure notice (leaf " + leaf.index() + ")");
        } else {
          Leaf before = leaves.get(row.seq() - 1);
          byte[] previous =
              before != null ? before.leaf().commitment() : commitments.get(row.seq() - 1);
          eventRows
              .check(
                  at, recordId, row, key, opening, committed.commitment(), previous, leaf.index())
              .ifPresent(opened::add);
        }
      }
    }
    // An event whose row was deleted still says, through its opening, which rows it wrote.
    Set<Integer> stored = new HashSet<>();
    rows.forEach(row -> stored.add(row.seq()));
    leaves.forEach(
        (seq, leaf) -> {
          if (!stored.contains(seq) && leaf.leaf() instanceof EventCommitment committed) {
            EventRowCheck.openedEvent(
                    recordId, seq, key, openings, Map.of(seq, committed.commitment()))
                .ifPresent(opened::add);
          }
        });
    opened.sort(Comparator.comparingLong(CanonicalEvent::eventSeq));
    return opened;
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement(sql)) {
      ResultSet rs = q.executeQuery();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
