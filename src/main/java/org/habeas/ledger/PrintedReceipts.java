package org.habeas.ledger;

import java.util.Map;

/**
 * What a printed copy of a record can carry of the log, with no personal data: for each event in
 * the latest signed checkpoint its leaf's index and RFC 6962 hash, so that whoever holds the paper
 * can later ask the public check whether the log still holds that leaf ({@link
 * MerkleLog#checkReceipt}).
 *
 * @param treeSize the size of the latest signed checkpoint (0 if none yet)
 * @param events how many events of the record the log committed to, checkpointed or not
 * @param bySeq the checkpointed events, by seq; an event missing here is still pending
 */
public record PrintedReceipts(long treeSize, int events, Map<Integer, Printed> bySeq) {

  /** Copies the map. */
  public PrintedReceipts {
    bySeq = Map.copyOf(bySeq);
  }

  /** One event's place in the log. */
  public record Printed(long leafIndex, byte[] leafHash) {
    /** Copies the hash. */
    public Printed {
      leafHash = leafHash.clone();
    }

    @Override
    public byte[] leafHash() {
      return leafHash.clone();
    }
  }
}
