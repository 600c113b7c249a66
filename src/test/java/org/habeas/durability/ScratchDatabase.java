package org.habeas.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A PostgreSQL database of the crash test's own, on the server the suite uses (its URL and
 * credentials): the application under test starts on it empty, and the test plays the database
 * administrator who cuts its connections. Dropped at the end, whatever the outcome.
 */
final class ScratchDatabase implements AutoCloseable {

  private final String adminUrl;
  private final String user;
  private final String password;
  private final String name;
  private final String url;

  private ScratchDatabase(String adminUrl, String user, String password, String name) {
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
    this.name = name;
    this.url = adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
  }

  /** Creates {@code habeas_crash_<random>} on the server of {@code adminUrl}. */
  static ScratchDatabase create(String adminUrl, String user, String password) throws SQLException {
    var db =
        new ScratchDatabase(
            adminUrl,
            user,
            password,
            "habeas_crash_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
    try (Connection c = DriverManager.getConnection(adminUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute("create database " + db.name);
    }
    System.out.println("[crash] database " + db.name + " created");
    return db;
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

  /**
   * Terminates every backend connected to this database ({@code pg_terminate_backend}), as an
   * administrator or a failover would; returns how many there were.
   */
  int terminateConnections() throws SQLException {
    try (Connection c = DriverManager.getConnection(adminUrl, user, password);
        PreparedStatement p =
            c.prepareStatement(
                "select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where datname = ? and pid <> pg_backend_pid()")) {
      p.setString(1, name);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** The first column of the first row, as a long. */
  long number(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Every row, its columns as strings. */
  List<String[]> rows(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      List<String[]> rows = new ArrayList<>();
      while (rs.next()) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rs.getString(i + 1);
        }
        rows.add(row);
      }
      return rows;
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(adminUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
    }
    System.out.println("[crash] database " + name + " dropped");
  }
}
