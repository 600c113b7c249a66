package org.habeas.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores custody events append-only. The primary key (record, seq) is the concurrency guard: of two
 * appends computed from the same state, only the first to commit lands.
 */
@Component
class CustodyEventStore {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  CustodyEventStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  boolean exists(String recordId) {
    return jdbc.sql("select count(*) from custody_record where id = ?")
            .param(recordId)
            .query(Long.class)
            .single()
        > 0;
  }

  void create(String recordId, Jurisdiction jurisdiction, String openedBy, Instant at) {
    jdbc.sql(
            "insert into custody_record (id, jurisdiction, opened_at, opened_by) values (?, ?, ?, ?)")
        .params(recordId, jurisdiction.code(), Timestamp.from(at), openedBy)
        .update();
  }

  List<StoredEvent> load(String recordId) {
    return jdbc.sql(
            "select seq, payload, recorded_at, recorded_by from custody_event"
                + " where record_id = ? order by seq")
        .param(recordId)
        .query(this::row)
        .list();
  }

  /** Inserts one event; a concurrent append of the same seq fails with a duplicate key. */
  void append(String recordId, StoredEvent e) {
    jdbc.sql(
            "insert into custody_event (record_id, seq, type, occurred_at, recorded_at,"
                + " recorded_by, payload) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            recordId,
            e.seq(),
            e.type(),
            Timestamp.from(e.event().occurredAt()),
            Timestamp.from(e.recordedAt()),
            e.recordedBy(),
            json.writeValueAsString(e.event()))
        .update();
  }

  /** Remembers who an event names (lawyer, interrogator), so access can be decided by query. */
  void addParties(String recordId, int seq, String kind, Collection<String> names) {
    for (var key : names.stream().map(CustodyAccess::nameKey).distinct().toList()) {
      jdbc.sql(
              "insert into custody_party (record_id, seq, kind, name_key) select ?, ?, ?, ? where"
                  + " not exists (select 1 from custody_party where record_id = ? and kind = ? and"
                  + " name_key = ?)")
          .params(recordId, seq, kind, key, recordId, kind, key)
          .update();
    }
  }

  private StoredEvent row(ResultSet rs, int i) throws SQLException {
    return new StoredEvent(
        rs.getInt("seq"),
        json.readValue(rs.getString("payload"), CustodyEvent.class),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("recorded_by"),
        null);
  }
}
