package org.habeas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * TRUNCATE fires no row trigger, so it used to empty history tables the triggers keep from UPDATE
 * and DELETE. Every table with an append-only trigger (found in the catalog, so a new one is
 * checked too) must refuse it, with its rows still there.
 *
 * <p>The tests share one database, so a regression must not wipe it: on PostgreSQL each TRUNCATE
 * runs in a transaction that is rolled back; on H2, where TRUNCATE cannot be rolled back, a table
 * no foreign key references (so nothing would stop it) is reported without being truncated, and
 * every other table's rows are counted before and after.
 */
@IntegrationTest
class TruncateRefusedTests {

  /** The tables the probe emptied, among those every database must list as append-only. */
  private static final List<String> PROBED =
      List.of(
          "custody_event",
          "custody_record",
          "custody_party",
          "personal_data_read",
          "complaint_entry",
          "ledger_leaf",
          "ledger_record_key",
          "ledger_opening",
          "ledger_pending",
          "ledger_lock",
          "mon_event",
          "admin_action");

  @Autowired DataSource dataSource;

  @Value("${spring.datasource.password:}")
  String password;

  @Test
  void everyAppendOnlyTableRefusesTruncateAndKeepsItsRows() throws SQLException {
    try (Connection db = ownConnection()) {
      boolean postgres = db.getMetaData().getURL().startsWith("jdbc:postgresql:");
      List<String> tables = postgres ? postgresTables(db) : h2Tables(db);
      assertThat(count(db, "custody_event")).as("rows to lose").isPositive();

      List<String> truncated = new ArrayList<>();
      for (String table : tables) {
        if (postgres) {
          for (String how : List.of("", " cascade", " restart identity")) {
            truncated.addAll(truncateRolledBack(db, table, how));
          }
        } else {
          truncated.addAll(truncateOnH2(db, table));
        }
      }

      assertThat(truncated).as("tables TRUNCATE got past").isEmpty();
      assertThat(tables).containsAll(PROBED).hasSizeGreaterThanOrEqualTo(56);
    }
  }

  @Test
  void postgresTakesTheTruncatePrivilegeFromTheTablesOwner() throws SQLException {
    try (Connection db = dataSource.getConnection()) {
      if (!db.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
        return; // H2's application user is its administrator: the guards are what holds there
      }
      List<String> mayTruncate = new ArrayList<>();
      for (String table : postgresTables(db)) {
        try (PreparedStatement p =
            db.prepareStatement(
                "select c.relacl is null or exists (select 1 from aclexplode(c.relacl) a"
                    + " where a.privilege_type = 'TRUNCATE' and a.grantee in (0, c.relowner))"
                    + " from pg_class c where c.oid = ?::regclass")) {
          p.setString(1, table);
          ResultSet rs = p.executeQuery();
          rs.next();
          if (rs.getBoolean(1)) {
            mayTruncate.add(table);
          }
        }
      }
      assertThat(mayTruncate).as("tables whose owner or PUBLIC may truncate").isEmpty();
    }
  }

  /**
   * A connection of the test's own, outside the pool: the pool takes some refusals (0A000, a table
   * other tables refer to) for a broken connection and closes it under the test.
   */
  private Connection ownConnection() throws SQLException {
    try (Connection pooled = dataSource.getConnection()) {
      var meta = pooled.getMetaData();
      return DriverManager.getConnection(meta.getURL(), meta.getUserName(), password);
    }
  }

  /** Tries one TRUNCATE in a transaction it rolls back; returns the table if it went through. */
  private static List<String> truncateRolledBack(Connection db, String table, String how)
      throws SQLException {
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      long before = count(db, table);
      try {
        s.execute("truncate table " + table + how);
      } catch (SQLException refused) {
        // A table other tables refer to may be refused for that first (0A000); with CASCADE, the
        // trigger of every table it reaches fires.
        assertThat(refused.getSQLState())
            .as(table + how + " refused by its trigger: " + refused.getMessage())
            .isIn(how.equals(" cascade") ? List.of("P0001") : List.of("P0001", "0A000"));
        db.rollback();
        assertThat(count(db, table)).as(table + " rows").isEqualTo(before);
        return List.of();
      }
      return List.of(table + how + " (" + before + " rows, rolled back)");
    } finally {
      db.rollback();
      db.setAutoCommit(true);
    }
  }

  /**
   * Tries TRUNCATE on H2 only where a foreign key should stop it; returns the table if it has no
   * guard or the TRUNCATE went through (rows lost: the shared database is then spoilt, loudly).
   */
  private static List<String> truncateOnH2(Connection db, String table) throws SQLException {
    if (!referenced(db, table)) {
      return List.of(table + " (no foreign key refers to it: not tried, it would be emptied)");
    }
    long before = count(db, table);
    try (Statement s = db.createStatement()) {
      s.execute("truncate table " + table);
    } catch (SQLException refused) {
      assertThat(refused.getErrorCode()).as(table + " refused: CANNOT_TRUNCATE_1").isEqualTo(90106);
      assertThat(count(db, table)).as(table + " rows").isEqualTo(before);
      return List.of();
    }
    return List.of(table + " (EMPTIED: " + before + " rows lost from the shared test database)");
  }

  private static List<String> postgresTables(Connection db) throws SQLException {
    return strings(
        db,
        "select distinct c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid"
            + " join pg_proc p on p.oid = t.tgfoid where p.proname = 'habeas_refuse_change'"
            + " and c.relnamespace = current_schema()::regnamespace order by 1");
  }

  private static List<String> h2Tables(Connection db) throws SQLException {
    return strings(
        db,
        "select distinct event_object_table from information_schema.triggers"
            + " where java_class = 'org.habeas.system.AppendOnlyTrigger' order by 1");
  }

  private static boolean referenced(Connection db, String table) throws SQLException {
    try (PreparedStatement p =
        db.prepareStatement(
            "select count(*) from information_schema.referential_constraints r"
                + " join information_schema.table_constraints k"
                + " on k.constraint_schema = r.unique_constraint_schema"
                + " and k.constraint_name = r.unique_constraint_name where k.table_name = ?")) {
      p.setString(1, table);
      ResultSet rs = p.executeQuery();
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  private static long count(Connection db, String table) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> strings(Connection db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
