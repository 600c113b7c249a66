package org.habeas.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.habeas.ledger.LedgerRecord;
import org.habeas.ledger.RecordPayloads;
import org.habeas.ledger.RecordPayloads.PayloadReader;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores custody events append-only. The primary key (record, seq) is the concurrency guard: of two
 * appends computed from the same state, only the first to commit lands.
 *
 * <p>Each event's JSON is stored sealed under its record's key (RecordPayloads), so that erasing
 * the record leaves its rows in place but unreadable.
 */
@Component
class CustodyEventStore {

  private static final String COUNT_RECORD = "select count(*) from custody_record where id = ?";

  private static final String INSERT_RECORD =
      "insert into custody_record (id, jurisdiction, opened_at, opened_by) values (?, ?, ?, ?)";

  private static final String SELECT_EVENTS =
      """
      select seq, payload, recorded_at, recorded_by from custody_event
      where record_id = ? order by seq
      """;

  private static final String SELECT_EVENTS_OF_RECORDS =
      """
      select record_id, seq, payload, recorded_at, recorded_by from custody_event
      where record_id in (:ids) order by record_id, seq
      """;

  private static final String SELECT_OPENINGS_OF_RECORDS =
      """
      select record_id, seq, payload, recorded_at, recorded_by from custody_event
      where record_id in (:ids) and seq = 1 order by record_id
      """;

  private static final String INSERT_EVENT =
      """
      insert into custody_event (record_id, seq, type, occurred_at, recorded_at, recorded_by,
        payload)
      values (?, ?, ?, ?, ?, ?, ?)
      """;

  private static final String DELETE_VIEW = "delete from custody_record_view where record_id = ?";

  /** One party's row in {@link #INSERT_PARTIES}, typed so that every database reads it alike. */
  private static final String PARTY_ROW =
      "(cast(? as varchar(36)), cast(? as int), cast(? as varchar(16)), cast(? as varchar(200)))";

  /** Inserts the parties' rows (%s: as many {@link #PARTY_ROW} as parties) not indexed yet. */
  private static final String INSERT_PARTIES =
      """
      insert into custody_party (record_id, seq, kind, name_key)
      select v.r, v.s, v.k, v.n from (values %s) as v (r, s, k, n)
      where not exists (select 1 from custody_party p
        where p.record_id = v.r and p.kind = v.k and p.name_key = v.n)
      """;

  private static final String DELETE_PARTIES = "delete from custody_party where record_id = ?";

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final RecordPayloads payloads;
  private final PartyKeys keys;

  CustodyEventStore(JdbcClient jdbc, JsonMapper json, RecordPayloads payloads, PartyKeys keys) {
    this.jdbc = jdbc;
    this.json = json;
    this.payloads = payloads;
    this.keys = keys;
  }

  boolean exists(String recordId) {
    return jdbc.sql(COUNT_RECORD).param(recordId).query(Long.class).single() > 0;
  }

  void create(String recordId, Jurisdiction jurisdiction, String openedBy, Instant at) {
    jdbc.sql(INSERT_RECORD)
        .params(recordId, jurisdiction.code(), Timestamp.from(at), openedBy)
        .update();
  }

  List<StoredEvent> load(String recordId) {
    return load(recordId, payloads.reader(recordId));
  }

  /** The record's events, opened with a reader whose key the caller read already (LedgerRecord). */
  List<StoredEvent> load(String recordId, PayloadReader reader) {
    return jdbc.sql(SELECT_EVENTS).param(recordId).query((rs, i) -> row(rs, reader)).list();
  }

  /**
   * The events of several records in one query (their keys in one more), by record id; a record
   * with no events, or whose events cannot be opened any more (erased meanwhile), is missing from
   * the map.
   */
  Map<String, List<StoredEvent>> loadAll(Collection<String> recordIds) {
    return load(SELECT_EVENTS_OF_RECORDS, recordIds);
  }

  /**
   * The first stored event (the opening) of each of the records, without the rest of their
   * histories: for a reader that needs only who was apprehended, where and when (the overview's
   * matching of sources). An erased record is left out.
   */
  Map<String, StoredEvent> openings(Collection<String> recordIds) {
    var openings = new HashMap<String, StoredEvent>();
    load(SELECT_OPENINGS_OF_RECORDS, recordIds)
        .forEach((id, events) -> openings.put(id, events.getFirst()));
    return openings;
  }

  private Map<String, List<StoredEvent>> load(String sql, Collection<String> recordIds) {
    var all = new HashMap<String, List<StoredEvent>>();
    if (recordIds.isEmpty()) {
      return all;
    }
    var readers = payloads.readers(recordIds);
    var unreadable = new HashSet<String>();
    jdbc.sql(sql)
        .param("ids", List.copyOf(recordIds))
        .query(
            rs -> {
              var recordId = rs.getString("record_id");
              if (unreadable.contains(recordId)) {
                return;
              }
              try {
                all.computeIfAbsent(recordId, k -> new ArrayList<>())
                    .add(
                        row(
                            rs,
                            Objects.requireNonNull(readers.get(recordId), "a reader per record")));
              } catch (IllegalStateException erasedMeanwhile) {
                unreadable.add(recordId);
              }
            });
    unreadable.forEach(all::remove);
    return all;
  }

  /** Inserts one event; a concurrent append of the same seq fails with a duplicate key. */
  void append(String recordId, StoredEvent e) {
    insert(recordId, e, payloads.seal(recordId, e.seq(), json.writeValueAsString(e.event())));
  }

  /**
   * Inserts one event, sealed under the key the append read and locked (MerkleLog.forAppend):
   * nothing is read for it.
   */
  void append(LedgerRecord record, StoredEvent e) {
    insert(
        record.recordId(), e, payloads.seal(record, e.seq(), json.writeValueAsString(e.event())));
  }

  private void insert(String recordId, StoredEvent e, String sealed) {
    jdbc.sql(INSERT_EVENT)
        .params(
            Arrays.<@Nullable Object>asList(
                recordId,
                e.seq(),
                e.type(),
                Timestamp.from(e.event().occurredAt()),
                Timestamp.from(e.recordedAt()),
                e.recordedBy(),
                sealed))
        .update();
  }

  /** Takes an erased record off the boards and lists (their read model, not history). */
  void forgetView(String recordId) {
    jdbc.sql(DELETE_VIEW).param(recordId).update();
  }

  /**
   * Remembers who an event names (lawyer, interrogator, facility, the person by name and IIN) in
   * the access index, so that the records an actor may list are found by query; people's names only
   * as keyed hashes. One statement for all of an event's parties: the write path pays per event,
   * not per name.
   */
  void addParties(String recordId, int seq, List<Parties.Party> parties) {
    var rows = new LinkedHashMap<String, Parties.Party>();
    for (var party : parties) {
      rows.putIfAbsent(party.kind() + "\u0000" + keys.of(party.kind(), party.name()), party);
    }
    if (rows.isEmpty()) {
      return;
    }
    var values = String.join(", ", Collections.nCopies(rows.size(), PARTY_ROW));
    var params = new ArrayList<Object>();
    rows.forEach(
        (k, party) -> {
          params.add(recordId);
          params.add(seq);
          params.add(party.kind());
          params.add(k.substring(k.indexOf('\u0000') + 1));
        });
    jdbc.sql(INSERT_PARTIES.formatted(values)).params(params).update();
  }

  /**
   * Removes an erased record from the access index, so that not even a hash of who acted on it
   * remains. The database lets this through only for a record in {@code ledger_erasure}.
   */
  void forgetParties(String recordId) {
    jdbc.sql(DELETE_PARTIES).param(recordId).update();
  }

  private StoredEvent row(ResultSet rs, PayloadReader reader) throws SQLException {
    int seq = rs.getInt("seq");
    return new StoredEvent(
        seq,
        json.readValue(reader.open(seq, rs.getString("payload")), CustodyEvent.class),
        rs.getTimestamp("recorded_at").toInstant(),
        rs.getString("recorded_by"),
        null);
  }
}
