package org.habeas.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.habeas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The access index custody_party (issue 14, finding 9): lawyers' and interrogators' names were kept
 * in clear there and out of erasure's reach. Now they are keyed hashes, the index is built again
 * from the events after the migration, and an erased record leaves it.
 */
@IntegrationTest
class CustodyPartyTests {

  private static final String PASSWORD = "habeas-demo";
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired PartyRekey rekey;

  @Test
  void theIndexKeepsNoNameInClearAndTheLawyerStillFindsTheRecord() throws Exception {
    long before = listed("lawyer");
    var id = open();

    append(
        id, "{\"type\":\"LawyerNotified\",\"occurredAt\":\"%s\",\"lawyer\":\"Gulnara Tasheva\"}");
    append(
        id,
        "{\"type\":\"InterrogationStarted\",\"occurredAt\":\"%s\",\"interrogator\":\"investigator\","
            + "\"lawyerPresent\":true}");

    var keys = peopleKeys(id);
    assertThat(keys).hasSize(2).allSatisfy(k -> assertThat(k).matches("[0-9a-f]{64}"));
    assertThat(String.join(" ", keys)).doesNotContain("tasheva", "investigator");
    assertThat(listed("lawyer")).isEqualTo(before + 1);
    assertThat(listedIds("investigator")).contains(id);
  }

  @Test
  void theIndexIsBuiltAgainFromTheEventsOfTheRecordsListed() throws Exception {
    var id = open();
    append(
        id, "{\"type\":\"LawyerNotified\",\"occurredAt\":\"%s\",\"lawyer\":\"Gulnara Tasheva\"}");
    long withIt = listed("lawyer");
    // As migration V16 leaves it: the clear row gone, the record listed to be indexed again.
    asDba("delete from custody_party where record_id = '" + id + "' and kind = 'lawyer'");
    assertThat(listed("lawyer")).isEqualTo(withIt - 1);
    jdbc.sql("insert into custody_party_rekey (record_id) values (?)").param(id).update();

    assertThat(rekey.run()).isGreaterThanOrEqualTo(1);

    assertThat(listed("lawyer")).isEqualTo(withIt);
    assertThat(peopleKeys(id)).hasSize(1);
    assertThat(
            jdbc.sql("select count(*) from custody_party_rekey where record_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anErasedRecordLeavesTheIndexAndNoOtherRecordCan() throws Exception {
    var id = open();
    append(
        id, "{\"type\":\"LawyerNotified\",\"occurredAt\":\"%s\",\"lawyer\":\"Gulnara Tasheva\"}");
    var other = open();
    append(id, "{\"type\":\"Released\",\"occurredAt\":\"%s\",\"grounds\":\"no grounds to hold\"}");

    mvc.perform(
            post("/api/v1/custody-records/" + id + "/erasure")
                .with(httpBasic("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Retention period over (order 12)\"}"))
        .andExpect(status().isOk());

    assertThat(parties(id)).isZero();
    assertThat(parties(other)).isPositive();
    assertThatThrownBy(
            () -> jdbc.sql("delete from custody_party where record_id = ?").param(other).update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(
            () ->
                jdbc.sql("update custody_party set seq = 9 where record_id = ?")
                    .param(other)
                    .update())
        .isInstanceOf(DataAccessException.class);
    assertThat(parties(other)).isPositive();
  }

  /**
   * Migration V16 on a database that already has clear names: they leave the index, the records are
   * listed to be indexed again, an erased record's rows go, and the index refuses changes.
   */
  @Test
  void migrationV16TakesTheClearNamesOutOfAnExistingDatabase() throws Exception {
    try (var db = new ScratchDatabase(dataSource)) {
      db.migrateBefore("16");
      try (var c = db.connect();
          var s = c.createStatement()) {
        s.execute(
            "insert into custody_record (id, jurisdiction, opened_at, opened_by) values"
                + " ('record-held', 'kz', current_timestamp, 'officer'),"
                + " ('record-erased', 'kz', current_timestamp, 'officer')");
        s.execute(
            "insert into custody_party (record_id, seq, kind, name_key) values"
                + " ('record-held', 1, 'facility', 'kz-ast-tdf1'),"
                + " ('record-held', 2, 'lawyer', 'gulnara tasheva'),"
                + " ('record-held', 3, 'interrogator', 'yerlan zhumabayev'),"
                + " ('record-erased', 1, 'facility', 'kz-ast-tdf1'),"
                + " ('record-erased', 2, 'lawyer', 'gulnara tasheva')");
        s.execute(
            "insert into ledger_erasure (record_id, reason, erased_by, erased_at, decision_key)"
                + " values ('record-erased', 'order 12', 'admin', current_timestamp, "
                + db.bytes32()
                + ")");
      }

      db.migrate();

      try (var c = db.connect();
          var s = c.createStatement()) {
        assertThat(rows(c, "select record_id, kind, name_key from custody_party"))
            .containsExactly("record-held facility kz-ast-tdf1");
        assertThat(rows(c, "select record_id from custody_party_rekey"))
            .containsExactly("record-held");
        assertThatThrownBy(() -> s.execute("delete from custody_party"))
            .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> s.execute("update custody_party set seq = 9"))
            .isInstanceOf(SQLException.class);
        s.execute(
            "insert into custody_party (record_id, seq, kind, name_key) values"
                + " ('record-erased', 3, 'facility', 'kz-ast-pd1')");
        s.execute("delete from custody_party where record_id = 'record-erased'");
        assertThat(rows(c, "select record_id from custody_party")).containsExactly("record-held");
      }
    }
  }

  // --- helpers ----------------------------------------------------------------------------------

  private String open() throws Exception {
    var body =
        mvc.perform(
                post("/api/v1/custody-records")
                    .with(httpBasic("officer", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"type":"Apprehended","occurredAt":"%s","facilityId":"kz-ast-tdf1",
                         "person":{"name":"Test Person","birthDate":"1990-04-01","citizenship":"KZ"},
                         "grounds":"caught in the act","jurisdiction":"kz"}"""
                            .formatted(minutesAgo(60))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private int minutes = 50;

  /** Appends as the officer; the body's %s is a moment a little later than the last one. */
  private void append(String id, String body) throws Exception {
    minutes -= 5;
    mvc.perform(
            post("/api/v1/custody-records/" + id + "/events")
                .with(httpBasic("officer", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(minutesAgo(minutes))))
        .andExpect(status().isCreated());
  }

  private static String minutesAgo(long minutes) {
    return Instant.now()
        .minus(minutes, ChronoUnit.MINUTES)
        .truncatedTo(ChronoUnit.SECONDS)
        .toString();
  }

  private long listed(String user) throws Exception {
    var body =
        mvc.perform(get("/api/v1/custody-records?status=&size=1").with(httpBasic(user, PASSWORD)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.total")).longValue();
  }

  private List<String> listedIds(String user) throws Exception {
    var body =
        mvc.perform(get("/api/v1/custody-records?status=&size=200").with(httpBasic(user, PASSWORD)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.items[*].id");
  }

  private List<String> peopleKeys(String recordId) {
    return jdbc.sql(
            "select name_key from custody_party where record_id = ? and kind in ('lawyer',"
                + " 'interrogator')")
        .param(recordId)
        .query(String.class)
        .list();
  }

  private long parties(String recordId) {
    return jdbc.sql("select count(*) from custody_party where record_id = ?")
        .param(recordId)
        .query(Long.class)
        .single();
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      var out = new java.util.ArrayList<String>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        var row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i == 1 ? "" : " ").append(rs.getString(i));
        }
        out.add(row.toString());
      }
      return out;
    }
  }

  /**
   * Runs one statement as a database administrator who bypasses custody_party's append-only
   * trigger: PostgreSQL stops firing triggers for the session, H2 drops the trigger and creates it
   * again.
   */
  private void asDba(String sql) throws SQLException {
    try (var c = dataSource.getConnection();
        var s = c.createStatement()) {
      if (c.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
        s.execute("set session_replication_role = replica");
        try {
          s.execute(sql);
        } finally {
          s.execute("set session_replication_role = origin");
        }
      } else {
        s.execute("drop trigger custody_party_no_delete");
        try {
          s.execute(sql);
        } finally {
          s.execute(
              "create trigger custody_party_no_delete before delete on custody_party for each row"
                  + " call 'org.habeas.custody.PartyErasureTrigger'");
        }
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
  }

  /** A database of its own, beside the shared one, migrated step by step by the test. */
  private static final class ScratchDatabase implements AutoCloseable {
    private final String url;
    private final String user;
    private final String password;
    private final boolean postgres;
    private final DataSource shared;
    private final String name;

    ScratchDatabase(DataSource shared) throws SQLException {
      this.shared = shared;
      try (var c = shared.getConnection()) {
        var meta = c.getMetaData();
        postgres = meta.getURL().startsWith("jdbc:postgresql:");
        user = meta.getUserName();
        password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        name = (postgres ? c.getCatalog() : "party") + "_v16_" + DATABASES.incrementAndGet();
        if (postgres) {
          try (var s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
          }
          url = meta.getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        } else {
          url =
              "jdbc:h2:mem:"
                  + name
                  + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                  + ";DB_CLOSE_DELAY=-1";
        }
      }
    }

    /** Migrates to the last version before the one given (whichever the others are). */
    void migrateBefore(String version) {
      var before =
          java.util.Arrays.stream(flyway().load().info().all())
              .map(org.flywaydb.core.api.MigrationInfo::getVersion)
              .filter(java.util.Objects::nonNull)
              .filter(
                  v -> v.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion(version)) < 0)
              .max(java.util.Comparator.naturalOrder())
              .orElseThrow();
      flyway().target(before).load().migrate();
    }

    /** Migrates to the latest version. */
    void migrate() {
      flyway().load().migrate();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
      return Flyway.configure()
          .dataSource(url, user, password)
          .locations(
              "classpath:db/migration/common",
              "classpath:db/migration/" + (postgres ? "postgresql" : "h2"));
    }

    Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    /** A 32-byte value as an SQL literal of the database. */
    String bytes32() {
      var hex = "00".repeat(32);
      return postgres ? "decode('" + hex + "', 'hex')" : "X'" + hex + "'";
    }

    @Override
    public void close() throws SQLException {
      if (postgres) {
        try (var c = shared.getConnection();
            var s = c.createStatement()) {
          s.execute("drop database if exists " + name + " with (force)");
        }
      } else {
        try (var c = connect();
            var s = c.createStatement()) {
          s.execute("shutdown");
        }
      }
    }
  }
}
