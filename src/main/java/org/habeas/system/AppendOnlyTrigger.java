package org.habeas.system;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses UPDATE and DELETE on H2's history tables, as the PostgreSQL trigger does there: history
 * is append-only in the database itself, not only in the application. TRUNCATE fires no trigger;
 * the guard tables of {@link TruncateGuard} refuse it.
 */
public class AppendOnlyTrigger implements Trigger {

  private String table = "?";

  @Override
  public void init(
      Connection conn, String schema, String trigger, String table, boolean before, int type) {
    this.table = table;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("append-only table " + table + ": change refused", "P0001");
  }
}
