package org.habeas.ledger.verify;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A copy of the test database's logged streams, the rows shown beside them and the log, in a
 * database of its own, where a test plays the database administrator who tampers behind the
 * application's back (bypassing the append-only triggers) without spoiling the database the other
 * tests share.
 */
final class DatabaseCopy implements AutoCloseable {

  private static final AtomicInteger COPIES = new AtomicInteger();

  /**
   * The tables copied, in an order their foreign keys accept: the logged streams, the rows shown
   * beside them, and the log.
   */
  private static final List<String> TABLES =
      List.of(
          "region",
          "facility",
          "custody_record",
          "custody_event",
          "complaint",
          "complaint_entry",
          "complaint_attachment",
          "casefile_act",
          "casefile_victim",
          "casefile_perpetrator",
          "casefile_involvement",
          "casefile_source",
          "casefile_link",
          "ip_examination",
          "ip_conditions",
          "ip_interview",
          "ip_finding",
          "ip_interpretation",
          "mon_event",
          "mon_visit",
          "mon_visit_member",
          "mon_answer",
          "mon_sample",
          "mon_camera",
          "mon_camera_check",
          "mon_interview",
          "mon_complaint_link",
          "mon_finding",
          "mon_recommendation",
          "mon_rec_status",
          "mon_progress",
          "mon_progress_review",
          "mon_verification",
          "mon_evidence",
          "detention_report",
          "detention_report_event",
          "field_device_key",
          "field_registration",
          "field_registration_event",
          "detention_lookup",
          "ledger_record_key",
          "ledger_opening",
          "ledger_commitment",
          "ledger_pending",
          "ledger_leaf",
          "ledger_tile",
          "ledger_tree",
          "ledger_checkpoint",
          "ledger_erasure",
          "ledger_cosignature");

  private final String url;
  private final String user;
  private final String password;
  private final boolean postgres;
  private final String sourceUrl;
  private final Connection connection;

  private DatabaseCopy(String url, String user, String password, boolean postgres, String sourceUrl)
      throws SQLException {
    this.url = url;
    this.user = user;
    this.password = password;
    this.postgres = postgres;
    this.sourceUrl = sourceUrl;
    this.connection = DriverManager.getConnection(url, user, password);
  }

  /** Copies the log and the custody records of {@code source} into a new database. */
  static DatabaseCopy of(DataSource source, String password) throws SQLException {
    try (Connection from = source.getConnection()) {
      String sourceUrl = from.getMetaData().getURL();
      String user = from.getMetaData().getUserName();
      boolean postgres = sourceUrl.startsWith("jdbc:postgresql:");
      String url;
      if (postgres) {
        String name = from.getCatalog() + "_tamper";
        try (Statement s = from.createStatement()) {
          s.execute("drop database if exists " + name + " with (force)");
          s.execute("create database " + name);
        }
        url = sourceUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
      } else {
        url =
            "jdbc:h2:mem:tamper"
                + COPIES.incrementAndGet()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";DB_CLOSE_DELAY=-1";
      }
      Flyway.configure()
          .dataSource(url, user, password)
          .locations(
              "classpath:db/migration/common",
              "classpath:db/migration/" + (postgres ? "postgresql" : "h2"))
          .load()
          .migrate();
      DatabaseCopy copy = new DatabaseCopy(url, user, password, postgres, sourceUrl);
      for (String table : TABLES) {
        copy.copyTable(from, table);
      }
      return copy;
    }
  }

  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** SQL run while the append-only triggers are out of the way. */
  @FunctionalInterface
  interface Tampering {
    void run(Connection db) throws SQLException;
  }

  /**
   * Runs SQL as a database administrator who bypasses the append-only triggers of {@code tables}:
   * PostgreSQL stops firing triggers for the session, H2 drops and recreates them.
   */
  void asDba(List<String> tables, Tampering tampering) throws SQLException {
    try (Statement s = connection.createStatement()) {
      if (postgres) {
        s.execute("set session_replication_role = replica");
        tampering.run(connection);
        s.execute("set session_replication_role = origin");
        return;
      }
      List<String[]> dropped = new java.util.ArrayList<>();
      for (String table : tables) {
        for (String trigger : h2Triggers(table)) {
          s.execute("drop trigger " + trigger);
          dropped.add(new String[] {trigger, table});
        }
      }
      tampering.run(connection);
      for (String[] trigger : dropped) {
        String event = trigger[0].endsWith("_no_update") ? "update" : "delete";
        s.execute(
            "create trigger "
                + trigger[0]
                + " before "
                + event
                + " on "
                + trigger[1]
                + " for each row call 'org.habeas.system.AppendOnlyTrigger'");
      }
    }
  }

  /** Runs one statement with parameters as a database administrator (see {@link #asDba}). */
  void asDba(String table, String sql, Object... params) throws SQLException {
    asDba(
        List.of(table),
        db -> {
          try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
              p.setObject(i + 1, params[i]);
            }
            p.executeUpdate();
          }
        });
  }

  /** Returns the first column of the first row of a query. */
  <T> T query(Class<T> type, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      ResultSet rs = p.executeQuery();
      if (!rs.next()) {
        throw new IllegalStateException("no row for " + sql);
      }
      return rs.getObject(1, type);
    }
  }

  private List<String> h2Triggers(String table) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "select trigger_name from information_schema.triggers where event_object_table = ?"
                + " order by trigger_name")) {
      p.setString(1, table);
      ResultSet rs = p.executeQuery();
      List<String> names = new java.util.ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString(1));
      }
      return names;
    }
  }

  private void copyTable(Connection from, String table) throws SQLException {
    try (Statement read = from.createStatement();
        ResultSet rs = read.executeQuery("select * from " + table)) {
      ResultSetMetaData meta = rs.getMetaData();
      int columns = meta.getColumnCount();
      StringBuilder names = new StringBuilder();
      for (int i = 1; i <= columns; i++) {
        names.append(i == 1 ? "" : ", ").append(meta.getColumnName(i).toLowerCase());
      }
      String insert =
          "insert into " + table + " (" + names + ") values (" + "?, ".repeat(columns - 1) + "?)";
      try (PreparedStatement write = connection.prepareStatement(insert)) {
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            write.setObject(i, value(rs, meta.getColumnType(i), i));
          }
          write.addBatch();
        }
        write.executeBatch();
      }
    }
  }

  private static Object value(ResultSet rs, int type, int i) throws SQLException {
    return switch (type) {
      case Types.CLOB, Types.VARCHAR, Types.LONGVARCHAR, Types.CHAR -> rs.getString(i);
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rs.getBytes(i);
      default -> rs.getObject(i);
    };
  }

  @Override
  public void close() throws SQLException {
    connection.close();
    if (postgres) {
      String name = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
      try (Connection c = DriverManager.getConnection(sourceUrl, user, password);
          Statement s = c.createStatement()) {
        s.execute("drop database if exists " + name + " with (force)");
      }
      return;
    }
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("shutdown");
    }
  }
}
