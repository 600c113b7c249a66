package org.habeas.ledger.verify;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.habeas.ledger.CustodyLeaf.EventCommitment;
import org.habeas.ledger.LeafCommitments;
import org.habeas.ledger.LedgerEvent;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.verify.RecordBatch.Leaf;
import org.habeas.ledger.verify.RecordBatch.Row;

/**
 * The verifier's check of stored events ({@link EventAudit}) for one event only: whether the event
 * as the database holds it now still opens the commitment in its leaf. What the public receipt
 * check asks when someone scans a detainee's copy; nothing of the event is returned, only the
 * outcome.
 */
public final class StoredEventCheck {

  /** What the stored event is now, against its leaf. */
  public enum Outcome {
    /** The row, its opening and its commitment are what was logged. */
    UNALTERED,
    /** The event's row was changed after it was logged (payload, times, type or author). */
    ROW_CHANGED,
    /** The event's opening, commitment or record key no longer opens the leaf's commitment. */
    OPENING_CHANGED,
    /** The event's row is gone, without an erasure. */
    ROW_DELETED,
    /** The record was lawfully erased (crypto-shredded): its events can no longer be opened. */
    ERASED,
    /** The log holds no event leaf for it. */
    NOT_LOGGED
  }

  private StoredEventCheck() {}

  /** Checks event {@code seq} of {@code streamId} as stored now. */
  public static Outcome check(Connection db, String streamId, int seq) throws SQLException {
    RecordBatch batch = RecordBatch.load(db, List.of(streamId));
    if (batch.erasures.containsKey(streamId)) {
      return Outcome.ERASED;
    }
    Leaf leaf = batch.eventLeaves.getOrDefault(streamId, Map.of()).get(seq);
    if (leaf == null) {
      return Outcome.NOT_LOGGED;
    }
    if (!(leaf.leaf() instanceof EventCommitment committed)) {
      return Outcome.OPENING_CHANGED;
    }
    byte[] key = batch.keys.get(streamId);
    byte[] opening = batch.openings.getOrDefault(streamId, Map.of()).get(seq);
    byte[] stored = batch.commitments.getOrDefault(streamId, Map.of()).get(seq);
    if (key == null
        || opening == null
        || stored == null
        || !MerkleHash.equal(stored, committed.commitment())
        || !LeafCommitments.opens(
            committed.commitment(),
            LeafCommitments.eventKey(key, LedgerEvent.eventId(streamId, seq)),
            opening)) {
      return Outcome.OPENING_CHANGED;
    }
    Row row =
        batch.rows.getOrDefault(streamId, List.of()).stream()
            .filter(r -> r.seq() == seq)
            .findFirst()
            .orElse(null);
    if (row == null) {
      return Outcome.ROW_DELETED;
    }
    Map<Integer, Leaf> leaves = batch.eventLeaves.getOrDefault(streamId, Map.of());
    Leaf before = leaves.get(seq - 1);
    byte[] previous =
        before != null
            ? before.leaf().commitment()
            : batch.commitments.getOrDefault(streamId, Map.of()).get(seq - 1);
    Report report =
        new Report(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
    new EventRowCheck(report)
        .check("", streamId, row, key, opening, committed.commitment(), previous, leaf.index());
    return report.count(Report.Kind.TAMPERED) == 0 ? Outcome.UNALTERED : Outcome.ROW_CHANGED;
  }
}
