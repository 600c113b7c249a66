package org.habeas.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The log's invariants, checked on the whole database: what every test may rely on. */
public final class LogInvariants {

  private LogInvariants() {}

  /**
   * Asserts that the leaves are numbered 0..n-1 without a gap, that every stored custody event has
   * exactly one leaf, every leaf of an event belongs to a stored event (a custody event or a
   * complaint's timeline entry), and the outbox is empty.
   */
  public static void assertEveryEventHasExactlyOneLeaf(JdbcClient jdbc) {
    long leaves = count(jdbc, "select count(*) from ledger_leaf");
    long top = count(jdbc, "select coalesce(max(leaf_index) + 1, 0) from ledger_leaf");
    assertThat(top).as("leaf indices without gaps (0..n-1)").isEqualTo(leaves);
    assertThat(count(jdbc, "select count(*) from ledger_pending")).as("outbox empty").isZero();
    assertThat(
            count(
                jdbc,
                "select count(*) from custody_event e where not exists (select 1 from ledger_leaf l"
                    + " where l.record_id = e.record_id and l.seq = e.seq)"))
        .as("custody events without a leaf (an H2 test database older than the ledger? delete it)")
        .isZero();
    assertThat(
            count(
                jdbc,
                "select count(*) from ledger_leaf l where l.seq is not null and not exists (select 1"
                    + " from custody_event e where e.record_id = l.record_id and e.seq = l.seq)"
                    + " and not exists (select 1 from complaint_entry c where c.complaint_id ="
                    + " l.record_id and c.seq = l.seq) and not exists (select 1 from mon_event m"
                    + " where m.stream_id = l.record_id and m.seq = l.seq) and not exists (select"
                    + " 1 from detention_report_event d where d.stream_id = l.record_id and d.seq"
                    + " = l.seq) and not exists (select 1 from field_registration_event f where"
                    + " f.stream_id = l.record_id and f.seq = l.seq)"
                    + " and not exists (select 1 from detention_lookup q where q.id ="
                    + " l.record_id and l.seq = 1)"))
        .as("leaves of events that were never stored")
        .isZero();
    assertThat(
            count(
                jdbc,
                "select count(*) from complaint_entry c where not exists (select 1 from ledger_leaf"
                    + " l where l.record_id = c.complaint_id and l.seq = c.seq)"))
        .as("complaint entries (the other kind of stream) without a leaf")
        .isZero();
    assertThat(
            count(
                jdbc,
                "select count(*) from (select record_id, seq from ledger_leaf where seq is not null"
                    + " group by record_id, seq having count(*) > 1) twice"))
        .as("events with two leaves")
        .isZero();
    long treeSize = count(jdbc, "select coalesce(max(tree_size), 0) from ledger_tree");
    assertThat(treeSize).as("the tree holds every leaf").isEqualTo(leaves);
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
