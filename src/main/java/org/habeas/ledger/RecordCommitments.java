package org.habeas.ledger;

import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which events of a record the log has committed to, so that the record's page can tell when one of
 * them is no longer stored (issue 14, finding 3: with the database's triggers bypassed, an injury
 * was deleted from a record and its page showed the rest without a word).
 *
 * <p>Read from the commitments, written in the transaction of each event, and from the leaves,
 * which outlive them in the log: deleting an event's row leaves both behind, and whoever deletes
 * those too breaks the log's proofs, which the verifier reports. Nothing personal is read.
 */
@Component
public class RecordCommitments {

  private final JdbcClient jdbc;

  RecordCommitments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The seqs of the record's events that the log has a commitment or a leaf for, in order. */
  public SortedSet<Integer> seqs(String recordId) {
    return new TreeSet<>(
        jdbc.sql(
                "select seq from ledger_commitment where record_id = :id union select seq from"
                    + " ledger_leaf where record_id = :id and seq is not null")
            .param("id", recordId)
            .query(Integer.class)
            .list());
  }
}
