package org.habeas.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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

  CustodyRecordViews(JdbcClient jdbc, CustodyAccess access, PartyKeys keys) {
    this.jdbc = jdbc;
    this.access = access;
    this.keys = keys;
  }

  /**
   * Writes the record's row after an event is stored: one statement, an insert for the record's
   * opening and an update after. {@code judged} is what safeguards judged of the record after the
   * event (null when it could not); the clock's limit is the legal one where it gave one.
   */
  void write(
      String id,
      CustodyRecord r,
      Facility current,
      DetentionClock clock,
      @Nullable RecordJudged judged,
      Instant now,
      boolean opening) {
    var closed = r.closedAt() == null ? null : Timestamp.from(r.closedAt());
    var params =
        new Object[] {
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
              "insert into custody_record_view (facility_id, region_code, jurisdiction, status,"
                  + " apprehended_at, closed_at, limit_at, juvenile, foreign_national, last_seq,"
                  + " updated_at, judged, record_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(params)
          .update();
      return;
    }
    jdbc.sql(
            "update custody_record_view set facility_id = ?, region_code = ?, jurisdiction = ?,"
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

  /** The last judgements of these records (those that have one), in one query. */
  java.util.Map<String, RecordJudged> judgedOf(List<String> ids) {
    var found = new HashMap<String, RecordJudged>();
    if (ids.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "select record_id, judged from custody_record_view where record_id in (:ids) and"
                + " judged is not null")
        .param("ids", ids)
        .query(
            rs -> {
              var j = JudgedColumn.read(rs.getString("judged"));
              if (j != null) {
                found.put(rs.getString("record_id"), j);
              }
            });
    return found;
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
