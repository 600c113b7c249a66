package org.habeas.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.habeas.ledger.LedgerRecord;
import org.habeas.system.Actor;
import org.habeas.system.Facility;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read model behind boards and lists: one row per record, rewritten after each append. */
@Component
class CustodyRecordViews {

  private static final String INSERT_ROW =
      """
      insert into custody_record_view (%s, facility_id, region_code, jurisdiction, status, \
      apprehended_at, closed_at, limit_at, juvenile, foreign_national, last_seq, updated_at, \
      judged, record_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
          .formatted(BoardColumns.COLUMNS);

  private static final String UPDATE_ROW =
      """
      update custody_record_view set board_name = ?, board_cell = ?, board_flags = ?, \
      seen_facilities = ?, seen_interrogators = ?, seen_lawyers = ?, facility_id = ?, \
      region_code = ?, jurisdiction = ?, status = ?, apprehended_at = ?, closed_at = ?, \
      limit_at = ?, juvenile = ?, foreign_national = ?, last_seq = ?, updated_at = ?, judged = ? \
      where record_id = ?""";

  /** The legal limit where the judgement gives one (else the interim limit stays). */
  private static final String UPDATE_JUDGED =
      """
      update custody_record_view set limit_at = coalesce(?, limit_at), judged = ? \
      where record_id = ?""";

  private static final String SELECT_JUDGED =
      "select limit_at, judged from custody_record_view where record_id = ?";

  private static final String UPDATE_BOARD =
      """
      update custody_record_view set board_name = ?, board_cell = ?, board_flags = ?, \
      seen_facilities = ?, seen_interrogators = ?, seen_lawyers = ? where record_id = ?""";

  private static final String SELECT_ROWS = "select v.* from custody_record_view v where ";

  /** The rows with the record keys that open the board's names. */
  private static final String SELECT_LISTED =
      """
      select v.*, k.record_key from custody_record_view v \
      left join ledger_record_key k on k.record_id = v.record_id where\s""";

  private static final String COUNT_ROWS = "select count(*) from custody_record_view v where ";

  private static final String SELECT_RECORDS_OF_PERSON =
      """
      select distinct record_id from custody_party \
      where (kind = :personKind and name_key = :personKey) \
      or (kind = :iinKind and name_key = :iinKey) order by record_id""";

  private final JdbcClient jdbc;
  private final ListConditions conditions;
  private final PartyKeys keys;
  private final BoardColumns board;

  CustodyRecordViews(
      JdbcClient jdbc, ListConditions conditions, PartyKeys keys, BoardColumns board) {
    this.jdbc = jdbc;
    this.conditions = conditions;
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
    jdbc.sql(opening ? INSERT_ROW : UPDATE_ROW).params(params).update();
  }

  /**
   * Keeps a judgement made outside an append (the alert sweep judging a record again): the legal
   * limit where it gives one (else the interim limit stays), and the rest as {@link JudgedColumn}.
   * A record without a row (erased) is left alone.
   */
  void judged(RecordJudged judged) {
    var legal = judged.legalLimit() == null ? null : Timestamp.from(judged.legalLimit());
    jdbc.sql(UPDATE_JUDGED)
        .params(
            new SqlParameterValue(Types.TIMESTAMP, legal),
            JudgedColumn.write(judged),
            judged.recordId())
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
  Optional<Judged> judged(String id) {
    return jdbc.sql(SELECT_JUDGED)
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
    jdbc.sql(UPDATE_BOARD)
        .params(Stream.concat(Arrays.stream(board.values(id, r, current)), Stream.of(id)).toList())
        .update();
  }

  /** The records the actor may list, narrowed by the filter. */
  List<RecordSummary> page(Actor a, RecordFilter f, int offset, int limit) {
    return page(SELECT_ROWS, CustodyRecordViews::row, a, f, offset, limit);
  }

  /** A page of the rows the actor may list, read by {@code rows}: the whole page in one query. */
  private <T> List<T> page(
      String select, RowMapper<T> rows, Actor a, RecordFilter f, int offset, int limit) {
    var q = conditions.of(a, f);
    return jdbc.sql(
            select + q.getKey() + " order by " + f.orderBy() + " limit :limit offset :offset")
        .params(q.getValue())
        .param("limit", limit)
        .param("offset", offset)
        .query(rows)
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
    return page(SELECT_LISTED, CustodyRecordViews::listed, a, f, offset, limit);
  }

  /** The rows of these records, as {@link #boardPage} gives them, in one query. */
  Map<String, Listed> boardRows(Collection<String> ids) {
    var out = new HashMap<String, Listed>();
    if (ids.isEmpty()) {
      return out;
    }
    jdbc.sql(SELECT_LISTED + "v.record_id in (:ids)")
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
    var q = conditions.of(a, f);
    return jdbc.sql(COUNT_ROWS + q.getKey()).params(q.getValue()).query(Long.class).single();
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
  List<String> recordsOfPerson(String name, @Nullable String iin) {
    return jdbc.sql(SELECT_RECORDS_OF_PERSON)
        .param("personKind", Parties.PERSON)
        .param("personKey", keys.of(Parties.PERSON, name))
        .param("iinKind", Parties.NATIONAL_ID)
        .param(
            "iinKey",
            iin == null || iin.isBlank() ? "-" : keys.of(Parties.NATIONAL_ID, iin.strip()))
        .query((rs, n) -> rs.getString(1))
        .list();
  }
}
