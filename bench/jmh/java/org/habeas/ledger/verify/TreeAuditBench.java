package org.habeas.ledger.verify;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.sql.DriverManager;
import java.util.List;

/**
 * The verifier's tree audit alone (every leaf re-hashed from the entries, every tile compared, the
 * root checked), on a database the bench loaded with leaves that belong to no custody event: the
 * event audit of {@code --db} would rightly report each of them, so it is left out here.
 */
public final class TreeAuditBench {

  private TreeAuditBench() {}

  /**
   * Audits the tree of {@code size} leaves against {@code root}; returns seconds, or -1 if not
   * intact.
   */
  public static double seconds(String url, long size, byte[] root) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var db = DriverManager.getConnection(url, "postgres", "")) {
      var source = new DbLogSource(db, url);
      long t = System.nanoTime();
      boolean intact =
          TreeAudit.run(
              source,
              size,
              List.of(new TreeAudit.Claim(size, root, "bench")),
              new Report(new PrintStream(out)));
      double s = (System.nanoTime() - t) / 1e9;
      return intact ? s : -1;
    }
  }
}
