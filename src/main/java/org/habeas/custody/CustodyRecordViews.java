package org.habeas.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.habeas.ledger.LedgerRecord;
import org.habeas.system.Actor;
import org.habeas.system.Facility;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read model behind boards and lists: one row per record, rewritten after each append. */
@Component
class CustodyRecordViews {

  private final JdbcClient jdbc;
  private final CustodyAccess access;
  private final PartyKeys keys;
  private final BoardColumns board;

  CustodyRecordViews(JdbcClient jdbc, CustodyAccess access, PartyKeys keys, BoardColumns board) {
    this.jdbc = jdbc;
    this.access = access;
    this.keys = keys;
    this.board = board;
  }

  /**
   * Writes the record's row after an event is stored: one statement, an insert for the record's
   * opening and an update after. {@code judged} is what safeguards judged of the record after the
   * event (null when it could not); the clock's limit is the legal one where it gave one.
   */
  void write(
      LedgerRecord record,
      CustodyRecord r,
      Facility current,
      DetentionClock clock,
      @Nullable RecordJudged judged,
      Instant now,
      boolean opening) {
    var closed = r.closedAt() == null ? null : Timestamp.from(r.closedAt());
    // The board's columns (V34) in the same statement: the board costs the write path nothing.
    var id = record.recordId();
    var shown = board.values(record, r, current);
    var params =
        new Object[] {
          shown[0],
          shown[1],
          shown[2],
          shown[3],
          shown[4],
          shown[5],
          current.id(),
          current.regionCode(),
          r.jurisdiction().code(),
          r.status().name(),
          Timestamp.from(r.apprehendedAt()),
          closed,
          Timestamp.from(clock.until()),
          r.isJuvenile(current.zone()),
          r.person().isForeignNationalIn(r.jurisdiction()),
          r.lastSeq(),
          Timestamp.from(now),
          judged == null ? null : JudgedColumn.write(judged),
          id
        };
    if (opening) {
      jdbc.sql(
              "insert into custody_record_view ("
                  + BoardColumns.COLUMNS
                  + ", facility_id, region_code, jurisdiction, status,"
                  + " apprehended_at, closed_at, limit_at, juvenile, foreign_national, last_seq,"
                  + " updated_at, judged, record_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " ?, ?, ?, ?, ?, ?, ?)")
          .params(params)
          .update();
      return;
    }
    jdbc.sql(
            "update custody_record_view set board_name = ?, board_cell = ?, board_flags = ?,"
                + " seen_facilities = ?, seen_interrogators = ?, seen_lawyers = ?,"
                + " facility_id = ?, region_code = ?, jurisdiction = ?,"
                + " status = ?, apprehended_at = ?, closed_at = ?, limit_at = ?, juvenile = ?,"
                + " foreign_national = ?, last_seq = ?, updated_at = ?, judged = ? where record_id"
                + " = ?")
        .params(params)
        .update();
  }

  /**
   * Keeps a judgement made outside an append (the alert sweep judging a record again): the legal
   * limit where it gives one (else the interim limit stays), and the rest as {@link JudgedColumn}.
   * A record without a row (erased) is left alone.
   */
  void judged(RecordJudged judged) {
    var column = JudgedColumn.write(judged);
    if (judged.legalLimit() == null) {
      jdbc.sql("update custody_record_view set judged = ? where record_id = ?")
          .params(column, judged.recordId())
          .update();
      return;
    }
    jdbc.sql("update custody_record_view set limit_at = ?, judged = ? where record_id = ?")
        .params(Timestamp.from(judged.legalLimit()), column, judged.recordId())
        .update();
  }

  /**
   * What the read model keeps of the record's clock and deadlines.
   *
   * @param limitAt when the legal limit runs out (the interim one where safeguards gave none)
   * @param judged the last judgement safeguards published, or null
   */
  record Judged(Instant limitAt, @Nullable RecordJudged judged) {}

  /** The row's limit and judgement; empty for a record without a row. */
  java.util.Optional<Judged> judged(String id) {
    return jdbc.sql("select limit_at, judged from custody_record_view where record_id = ?")
        .param(id)
        .query(
            (rs, i) ->
                new Judged(
                    rs.getTimestamp("limit_at").toInstant(),
                    JudgedColumn.read(rs.getString("judged"))))
        .optional();
  }

  /**
   * Writes the board's columns alone (V34), for a record indexed again under the party key or
   * written before V34 (PartyRekey); the write path writes them with the rest of the row.
   */
  void writeBoard(String id, CustodyRecord r, Facility current) {
    jdbc.sql(
            "update custody_record_view set board_name = ?, board_cell = ?, board_flags = ?,"
                + " seen_facilities = ?, seen_interrogators = ?, seen_lawyers = ? where"
                + " record_id = ?")
        .params(Stream.concat(Arrays.stream(board.values(id, r, current)), Stream.of(id)).toList())
        .update();
  }

  /** The records the actor may list, narrowed by the filter. */
  List<RecordSummary> page(Actor a, RecordFilter f, int offset, int limit) {
    var q = query(a, f);
    return jdbc.sql(
            "select v.* from custody_record_view v where "
                + q.getKey()
                + " order by "
                + f.orderBy()
                + " limit :limit offset :offset")
        .params(q.getValue())
        .param("limit", limit)
        .param("offset", offset)
        .query(CustodyRecordViews::row)
        .list();
  }

  /**
   * One listed row of the board or the records list, with what its line shows.
   *
   * @param facts what the board keeps of the record ({@link BoardFacts}); null for a row written
   *     before V34, which the caller replays
   * @param judged the record's last judgement by safeguards ({@link JudgedColumn}); null if none
   * @param unreadable the name no longer opens (the record erased meanwhile): the line is left out
   */
  record Listed(
      RecordSummary summary,
      @Nullable BoardFacts facts,
      @Nullable RecordJudged judged,
      boolean unreadable) {}

  /**
   * The page of {@link #page}, each row with what the board shows and decides its visibility by,
   * the record keys that open the names joined in: the whole page in one query.
   */
  List<Listed> boardPage(Actor a, RecordFilter f, int offset, int limit) {
    var q = query(a, f);
    return jdbc.sql(
            "select v.*, k.record_key from custody_record_view v left join ledger_record_key k on"
                + " k.record_id = v.record_id where "
                + q.getKey()
                + " order by "
                + f.orderBy()
                + " limit :limit offset :offset")
        .params(q.getValue())
        .param("limit", limit)
        .param("offset", offset)
        .query(CustodyRecordViews::listed)
        .list();
  }

  /** The rows of these records, as {@link #boardPage} gives them, in one query. */
  Map<String, Listed> boardRows(Collection<String> ids) {
    var out = new HashMap<String, Listed>();
    if (ids.isEmpty()) {
      return out;
    }
    jdbc.sql(
            "select v.*, k.record_key from custody_record_view v left join ledger_record_key k on"
                + " k.record_id = v.record_id where v.record_id in (:ids)")
        .param("ids", List.copyOf(ids))
        .query(CustodyRecordViews::listed)
        .list()
        .forEach(l -> out.put(l.summary().id(), l));
    return out;
  }

  /** The board's facts of a record replayed, for a row written before V34. */
  BoardFacts facts(CustodyRecord r, ZoneId zone) {
    return board.of(r, zone);
  }

  private static Listed listed(ResultSet rs, int i) throws SQLException {
    var summary = row(rs, i);
    var judged = JudgedColumn.read(rs.getString("judged"));
    try {
      return new Listed(summary, BoardColumns.read(rs), judged, false);
    } catch (IllegalStateException erasedMeanwhile) {
      return new Listed(summary, null, judged, true);
    }
  }

  long count(Actor a, RecordFilter f) {
    var q = query(a, f);
    return jdbc.sql("select count(*) from custody_record_view v where " + q.getKey())
        .params(q.getValue())
        .query(Long.class)
        .single();
  }

  private java.util.Map.Entry<String, java.util.Map<String, Object>> query(
      Actor a, RecordFilter f) {
    var allowed = access.listCondition(a);
    var where = new StringBuilder(allowed.getKey());
    var params = new HashMap<String, Object>(allowed.getValue());
    if (f.facilityId() != null) {
      where.append(" and v.facility_id = :filterFacility");
      params.put("filterFacility", f.facilityId());
    }
    if (f.status() == RecordStatus.OPEN) {
      // Open means held: in police custody, or on remand at the prison continuing the record.
      where.append(" and v.status in (:status, :inRemand)");
      params.put("status", f.status().name());
      params.put("inRemand", RecordStatus.REMANDED.name());
    } else if (f.status() != null) {
      where.append(" and v.status = :status");
      params.put("status", f.status().name());
    }
    if (f.juvenile() != null) {
      where.append(" and v.juvenile = :juvenile");
      params.put("juvenile", f.juvenile());
    }
    if (f.apprehendedFrom() != null) {
      where.append(" and v.apprehended_at >= :apprehendedFrom");
      params.put("apprehendedFrom", Timestamp.from(f.apprehendedFrom()));
    }
    if (f.apprehendedTo() != null) {
      where.append(" and v.apprehended_at < :apprehendedTo");
      params.put("apprehendedTo", Timestamp.from(f.apprehendedTo()));
    }
    var search = f.search() == null ? "" : f.search().strip();
    if (!search.isEmpty()) {
      // Names and IINs are found through their keyed hashes in the access index (never in clear),
      // the record by the start of its id or its pseudonym D-XXXXXXXX.
      var number = search.toLowerCase(java.util.Locale.ROOT);
      number = number.startsWith("d-") ? number.substring(2) : number;
      where.append(
          " and (v.record_id like :searchNumber or exists (select 1 from custody_party s where"
              + " s.record_id = v.record_id and ((s.kind = :personKind and s.name_key = :personKey)"
              + " or (s.kind = :iinKind and s.name_key = :iinKey))))");
      params.put("searchNumber", number.replace("%", "").replace("_", "") + "%");
      params.put("personKind", Parties.PERSON);
      params.put("personKey", keys.of(Parties.PERSON, search));
      params.put("iinKind", Parties.NATIONAL_ID);
      params.put("iinKey", keys.of(Parties.NATIONAL_ID, search));
    }
    return java.util.Map.entry(where.toString(), params);
  }

  private static RecordSummary row(ResultSet rs, int i) throws SQLException {
    var closed = rs.getTimestamp("closed_at");
    return new RecordSummary(
        rs.getString("record_id"),
        rs.getString("facility_id"),
        rs.getString("region_code"),
        Jurisdiction.of(rs.getString("jurisdiction")),
        RecordStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("apprehended_at").toInstant(),
        closed == null ? null : closed.toInstant(),
        rs.getTimestamp("limit_at").toInstant(),
        rs.getBoolean("juvenile"),
        rs.getBoolean("foreign_national"),
        rs.getInt("last_seq"));
  }

  /**
   * The records whose person has this full name, or this national identity number, through their
   * keyed hashes in the access index (never in clear); for matching a report of a detention.
   */
  java.util.List<String> recordsOfPerson(
      String name, @org.jspecify.annotations.Nullable String iin) {
    return jdbc.sql(
            "select distinct record_id from custody_party where (kind = :personKind and name_key ="
                + " :personKey) or (kind = :iinKind and name_key = :iinKey) order by record_id")
        .param("personKind", Parties.PERSON)
        .param("personKey", keys.of(Parties.PERSON, name))
        .param("iinKind", Parties.NATIONAL_ID)
        .param(
            "iinKey",
            iin == null || iin.isBlank() ? "-" : keys.of(Parties.NATIONAL_ID, iin.strip()))
        .query(String.class)
        .list();
  }
}
