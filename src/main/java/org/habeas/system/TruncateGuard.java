package org.habeas.system;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Keeps an H2 truncate guard table empty. H2 has no TRUNCATE trigger, but refuses to truncate a
 * table a foreign key references; each history table has a guard table whose foreign key names it
 * (migration V14_1). A row in a guard would pin the row it references, so the guards take none.
 */
public class TruncateGuard implements Trigger {

  private String table = "?";

  @Override
  public void init(
      Connection conn, String schema, String trigger, String table, boolean before, int type) {
    this.table = table;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("truncate guard " + table + " stays empty: row refused", "P0001");
  }
}
