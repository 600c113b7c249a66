package org.habeas.ledger.store;

import java.sql.Timestamp;
import java.time.Instant;
import org.habeas.ledger.merkle.MerkleHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tree's size and root after every integration; the latest is the tree's current state. */
@Component
public class TreeHeads {

  /** A tree size and its RFC 6962 root hash. */
  public record TreeHead(long size, byte[] rootHash) {}

  private final JdbcClient jdbc;

  TreeHeads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns the current tree, the empty tree before the first integration. */
  public TreeHead latest() {
    return jdbc.sql(
            "select tree_size, root_hash from ledger_tree order by tree_size desc"
                + " fetch first 1 rows only")
        .query((rs, i) -> new TreeHead(rs.getLong(1), rs.getBytes(2)))
        .optional()
        .orElseGet(() -> new TreeHead(0, MerkleHash.emptyRoot()));
  }

  /** Records the tree an integration produced; a size recorded twice fails on the primary key. */
  public void add(TreeHead head, Instant at) {
    jdbc.sql("insert into ledger_tree (tree_size, root_hash, integrated_at) values (?, ?, ?)")
        .params(head.size(), head.rootHash(), Timestamp.from(at))
        .update();
  }
}
