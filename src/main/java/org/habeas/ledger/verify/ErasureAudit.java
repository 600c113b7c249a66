package org.habeas.ledger.verify;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.habeas.ledger.CustodyLeaf.ErasureNotice;
import org.habeas.ledger.ErasureDecision;
import org.habeas.ledger.PayloadCipher;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.verify.RecordBatch.Leaf;
import org.habeas.ledger.verify.RecordBatch.Row;

/**
 * Tells a lawful erasure from a silent one: an erased record needs an erasure-notice leaf in the
 * log whose commitment is the stored decision's and which names every leaf of the record; its rows
 * must still be there (only their key is gone).
 */
final class ErasureAudit {

  private final long checkpointSize;
  private final Report report;

  ErasureAudit(long checkpointSize, Report report) {
    this.checkpointSize = checkpointSize;
    this.report = report;
  }

  void check(
      String recordId,
      List<Row> rows,
      Map<Integer, Leaf> leaves,
      RecordBatch.Erasure erasure,
      RecordBatch batch) {
    String at = "record " + recordId + ": ";
    List<Leaf> notices = batch.notices.getOrDefault(recordId, List.of());
    if (notices.isEmpty()) {
      if (batch.pendingNotices.contains(recordId)) {
        report.note(at + "erased on " + erasure.erasedAt() + "; its notice waits in the outbox");
      } else {
        report.tampered(at + "its erasure has no notice leaf in the log");
      }
      return;
    }
    Leaf notice = notices.getFirst();
    if (!(notice.leaf() instanceof ErasureNotice logged)) {
      report.tampered(at + "leaf " + notice.index() + " is linked to its erasure but is no notice");
      return;
    }
    ErasureDecision decision =
        new ErasureDecision(recordId, erasure.reason(), erasure.erasedBy(), erasure.erasedAt());
    if (!MerkleHash.equal(decision.commitment(erasure.decisionKey()), logged.commitment())) {
      report.tampered(
          at
              + "the stored erasure decision is not the one logged in leaf "
              + notice.index()
              + " (reason, user or date rewritten)");
    }
    Map<Integer, Long> unnamed = new TreeMap<>();
    leaves.forEach(
        (seq, leaf) -> {
          if (!logged.refs().contains(leaf.index())) {
            unnamed.put(seq, leaf.index());
          }
        });
    unnamed.forEach(
        (seq, index) ->
            report.tampered(
                at
                    + "seq "
                    + seq
                    + " (leaf "
                    + index
                    + ") lost its opening but the erasure notice does not name it"));
    if (notice.index() >= checkpointSize) {
      report.note(
          at + "its erasure notice (leaf " + notice.index() + ") is not yet in a checkpoint");
    }
    if (batch.keys.containsKey(recordId)) {
      report.note(at + "erased, yet its key is still stored: its events can still be read");
    }
    long clear = rows.stream().filter(r -> !PayloadCipher.isSealed(r.payload())).count();
    if (clear > 0) {
      report.note(
          at
              + clear
              + " events were stored in clear before sealing existed: erasure could not"
              + " make them unreadable");
    }
    report.erased(
        at
            + rows.size()
            + " events (leaves "
            + logged.refs()
            + ") lawfully erased on "
            + erasure.erasedAt()
            + " by "
            + erasure.erasedBy()
            + ", basis \""
            + erasure.reason()
            + "\"; notice in leaf "
            + notice.index());
  }
}
