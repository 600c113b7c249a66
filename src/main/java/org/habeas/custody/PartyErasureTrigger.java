package org.habeas.custody;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's guard of the access index {@code custody_party} (migration V16_1): no row is ever changed,
 * and rows are deleted only for a record lawfully erased ({@code ledger_erasure}), so that erasure
 * reaches the index too. PostgreSQL's trigger function does the same.
 */
public class PartyErasureTrigger implements Trigger {

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    if (newRow == null && oldRow != null && erased(conn, String.valueOf(oldRow[0]))) {
      return;
    }
    throw new SQLException(
        "append-only table custody_party: change refused (only an erased record's rows may go)",
        "P0001");
  }

  private static boolean erased(Connection conn, String recordId) throws SQLException {
    try (var query = conn.prepareStatement("select 1 from ledger_erasure where record_id = ?")) {
      query.setString(1, recordId);
      try (var rs = query.executeQuery()) {
        return rs.next();
      }
    }
  }
}
