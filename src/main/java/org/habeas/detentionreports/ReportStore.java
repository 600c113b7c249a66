package org.habeas.detentionreports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The reports' two tables: written once each, never changed (V28). */
@Component
class ReportStore {

  /** A report as stored: nothing personal in clear ({@code sealed} holds it). */
  record Stored(
      UUID id,
      Instant reportedAt,
      Instant sinceAt,
      @Nullable String facilityId,
      String regionCode,
      @Nullable String jurisdiction,
      @Nullable Instant limitAt,
      @Nullable Instant dueAt,
      @Nullable String limitBasis,
      String sealed) {}

  /** One step of a report's history, as committed to the ledger. */
  record Step(
      int seq,
      String type,
      Instant occurredAt,
      String recordedBy,
      Map<String, Object> payload,
      @Nullable String recordId) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  ReportStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Stored r, String referenceHash) {
    jdbc.sql(
            "insert into detention_report (id, reference_hash, reported_at, since_at, facility_id,"
                + " region_code, jurisdiction, limit_at, due_at, limit_basis, sealed) values (?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            Arrays.<@Nullable Object>asList(
                r.id().toString(),
                referenceHash,
                ts(r.reportedAt()),
                ts(r.sinceAt()),
                r.facilityId(),
                r.regionCode(),
                r.jurisdiction(),
                ts(r.limitAt()),
                ts(r.dueAt()),
                r.limitBasis(),
                r.sealed()))
        .update();
  }

  /** Appends a step; a second writer of the same seq fails on the key (nothing happens twice). */
  void append(UUID id, Step step) {
    jdbc.sql(
            "insert into detention_report_event (stream_id, seq, type, occurred_at, recorded_by,"
                + " payload, record_id) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            Arrays.<@Nullable Object>asList(
                id.toString(),
                step.seq(),
                step.type(),
                ts(step.occurredAt()),
                step.recordedBy(),
                json.writeValueAsString(step.payload()),
                step.recordId()))
        .update();
  }

  Optional<Stored> find(UUID id) {
    return jdbc.sql("select * from detention_report where id = ?")
        .param(id.toString())
        .query(ReportStore::stored)
        .optional();
  }

  Optional<Stored> byReferenceHash(String hash) {
    return jdbc.sql("select * from detention_report where reference_hash = ?")
        .param(hash)
        .query(ReportStore::stored)
        .optional();
  }

  List<Step> steps(UUID id) {
    return jdbc.sql("select * from detention_report_event where stream_id = ? order by seq")
        .param(id.toString())
        .query(this::step)
        .list();
  }

  /** The reports no record has matched yet, reported since {@code from}, oldest first. */
  List<Stored> unmatched(Instant from, int limit) {
    return jdbc.sql(
            "select * from detention_report r where r.reported_at >= ? and not exists (select 1"
                + " from detention_report_event e where e.stream_id = r.id and e.type = ?) order by"
                + " r.reported_at, r.id limit ?")
        .params(Timestamp.from(from), Steps.RECORD_MATCHED, limit)
        .query(ReportStore::stored)
        .list();
  }

  /** Whether any report waits for its record (a cheap check before matching on each opening). */
  boolean anyUnmatched(Instant from) {
    return !unmatched(from, 1).isEmpty();
  }

  /** The reports a custody record acknowledged. */
  List<UUID> matchedBy(String recordId) {
    return jdbc.sql(
            "select stream_id from detention_report_event where record_id = ? and type = ? order"
                + " by stream_id")
        .params(recordId, Steps.RECORD_MATCHED)
        .query((rs, i) -> UUID.fromString(rs.getString(1)))
        .list();
  }

  /** A page of the reports under the condition, newest first. */
  List<Stored> page(String where, Map<String, Object> params, int offset, int limit) {
    return jdbc.sql(
            "select * from detention_report r where "
                + where
                + " order by r.reported_at desc, r.id limit :limit offset :offset")
        .params(params)
        .param("limit", limit)
        .param("offset", offset)
        .query(ReportStore::stored)
        .list();
  }

  long count(String where, Map<String, Object> params) {
    return jdbc.sql("select count(*) from detention_report r where " + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  private static Stored stored(ResultSet rs, int i) throws SQLException {
    return new Stored(
        UUID.fromString(rs.getString("id")),
        rs.getTimestamp("reported_at").toInstant(),
        rs.getTimestamp("since_at").toInstant(),
        rs.getString("facility_id"),
        rs.getString("region_code"),
        rs.getString("jurisdiction"),
        instant(rs.getTimestamp("limit_at")),
        instant(rs.getTimestamp("due_at")),
        rs.getString("limit_basis"),
        rs.getString("sealed"));
  }

  private Step step(ResultSet rs, int i) throws SQLException {
    Map<String, Object> payload =
        json.readValue(rs.getString("payload"), new TypeReference<Map<String, Object>>() {});
    return new Step(
        rs.getInt("seq"),
        rs.getString("type"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("recorded_by"),
        payload,
        rs.getString("record_id"));
  }

  private static @Nullable Instant instant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  /** To the microsecond, as both databases keep it. */
  @Contract("null -> null; !null -> !null")
  static @Nullable Timestamp ts(@Nullable Instant i) {
    return i == null ? null : Timestamp.from(i.truncatedTo(ChronoUnit.MICROS));
  }
}
