package org.habeas.field;

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

/** The module's four tables (V35): every row written once, never changed. */
@Component
class FieldStore {

  /** An enrolled device key and its latest status. */
  record Key(
      String id,
      String publicKey,
      String owner,
      String ownerRole,
      @Nullable String facilityId,
      @Nullable String regionCode,
      String label,
      Instant enrolledAt,
      String status,
      int statusSeq,
      Instant statusAt,
      String statusBy) {}

  /** A registration as stored: nothing personal in clear ({@code sealed} holds it). */
  record Stored(
      UUID id,
      UUID captureId,
      String deviceKeyId,
      String messageHash,
      String signature,
      Instant capturedAt,
      Instant apprehendedAt,
      Instant receivedAt,
      String toFacilityId,
      String regionCode,
      @Nullable String jurisdiction,
      @Nullable Instant limitAt,
      @Nullable Instant dueAt,
      @Nullable String limitBasis,
      String sealed) {

    /** Receipt minus capture, in whole seconds (negative when the phone's clock ran ahead). */
    long gapSeconds() {
      return receivedAt.getEpochSecond() - capturedAt.getEpochSecond();
    }
  }

  /** One step of a registration's history, as committed to the ledger. */
  record Step(
      int seq,
      String type,
      Instant occurredAt,
      String recordedBy,
      Map<String, Object> payload,
      @Nullable String recordId) {}

  private static final String KEY_SELECT =
      "select k.*, s.status, s.seq, s.changed_at, s.changed_by from field_device_key k join"
          + " field_device_key_status s on s.key_id = k.id and s.seq = (select max(x.seq) from"
          + " field_device_key_status x where x.key_id = k.id)";

  private final JdbcClient jdbc;
  private final JsonMapper json;

  FieldStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  // --- device keys ---------------------------------------------------------------------------

  void insertKey(Key k) {
    jdbc.sql(
            "insert into field_device_key (id, public_key, owner, owner_role, facility_id,"
                + " region_code, label, enrolled_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            Arrays.<@Nullable Object>asList(
                k.id(),
                k.publicKey(),
                k.owner(),
                k.ownerRole(),
                k.facilityId(),
                k.regionCode(),
                k.label(),
                ts(k.enrolledAt())))
        .update();
  }

  /** Appends a status; a second writer of the same seq fails on the key. */
  void keyStatus(String keyId, int seq, String status, Instant at, String by) {
    jdbc.sql(
            "insert into field_device_key_status (key_id, seq, status, changed_at, changed_by)"
                + " values (?, ?, ?, ?, ?)")
        .params(keyId, seq, status, ts(at), by)
        .update();
  }

  Optional<Key> key(String id) {
    return jdbc.sql(KEY_SELECT + " where k.id = ?").param(id).query(FieldStore::key).optional();
  }

  /** Every key, pending first, then active, then revoked; newest first within each. */
  List<Key> keys() {
    return jdbc.sql(
            KEY_SELECT
                + " order by case s.status when 'pending' then 0 when 'active' then 1 else 2 end,"
                + " k.enrolled_at desc, k.id")
        .query(FieldStore::key)
        .list();
  }

  private static Key key(ResultSet rs, int i) throws SQLException {
    return new Key(
        rs.getString("id"),
        rs.getString("public_key"),
        rs.getString("owner"),
        rs.getString("owner_role"),
        rs.getString("facility_id"),
        rs.getString("region_code"),
        rs.getString("label"),
        rs.getTimestamp("enrolled_at").toInstant(),
        rs.getString("status"),
        rs.getInt("seq"),
        rs.getTimestamp("changed_at").toInstant(),
        rs.getString("changed_by"));
  }

  // --- registrations -------------------------------------------------------------------------

  void insert(Stored r) {
    jdbc.sql(
            "insert into field_registration (id, capture_id, device_key_id, message_hash,"
                + " signature, captured_at, apprehended_at, received_at, to_facility_id,"
                + " region_code, jurisdiction, limit_at, due_at, limit_basis, sealed) values (?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            Arrays.<@Nullable Object>asList(
                r.id().toString(),
                r.captureId().toString(),
                r.deviceKeyId(),
                r.messageHash(),
                r.signature(),
                ts(r.capturedAt()),
                ts(r.apprehendedAt()),
                ts(r.receivedAt()),
                r.toFacilityId(),
                r.regionCode(),
                r.jurisdiction(),
                ts(r.limitAt()),
                ts(r.dueAt()),
                r.limitBasis(),
                r.sealed()))
        .update();
  }

  void append(UUID id, Step step) {
    jdbc.sql(
            "insert into field_registration_event (stream_id, seq, type, occurred_at,"
                + " recorded_by, payload, record_id) values (?, ?, ?, ?, ?, ?, ?)")
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
    return jdbc.sql("select * from field_registration where id = ?")
        .param(id.toString())
        .query(FieldStore::stored)
        .optional();
  }

  Optional<Stored> byCapture(UUID captureId) {
    return jdbc.sql("select * from field_registration where capture_id = ?")
        .param(captureId.toString())
        .query(FieldStore::stored)
        .optional();
  }

  List<Step> steps(UUID id) {
    return jdbc.sql("select * from field_registration_event where stream_id = ? order by seq")
        .param(id.toString())
        .query(this::step)
        .list();
  }

  /** The registration a custody record was opened from, if one was. */
  Optional<UUID> openedInto(String recordId) {
    return jdbc.sql(
            "select stream_id from field_registration_event where record_id = ? and type = ?")
        .params(recordId, Steps.RECORD_OPENED)
        .query((rs, i) -> UUID.fromString(rs.getString(1)))
        .optional();
  }

  /** The registrations with a due time and neither a record nor an alert yet, oldest first. */
  List<UUID> waiting(Instant now, int limit) {
    return jdbc.sql(
            "select r.id from field_registration r where r.due_at <= ? and not exists (select 1"
                + " from field_registration_event e where e.stream_id = r.id and e.type in (?, ?))"
                + " order by r.due_at, r.id limit ?")
        .params(ts(now), Steps.RECORD_OPENED, Steps.ALERTED, limit)
        .query((rs, i) -> UUID.fromString(rs.getString(1)))
        .list();
  }

  /**
   * A page of the registrations under the condition: those without a record first (when {@code
   * pendingOnly}, only those), newest first.
   */
  List<Stored> page(String where, Map<String, Object> params, boolean pendingOnly, int limit) {
    var opened =
        "exists (select 1 from field_registration_event e where e.stream_id = r.id and e.type = '"
            + Steps.RECORD_OPENED
            + "')";
    return jdbc.sql(
            "select * from field_registration r where ("
                + where
                + ")"
                + (pendingOnly ? " and not " + opened : "")
                + " order by case when "
                + opened
                + " then 1 else 0 end, r.received_at desc, r.id limit :limit")
        .params(params)
        .param("limit", limit)
        .query(FieldStore::stored)
        .list();
  }

  private static Stored stored(ResultSet rs, int i) throws SQLException {
    return new Stored(
        UUID.fromString(rs.getString("id")),
        UUID.fromString(rs.getString("capture_id")),
        rs.getString("device_key_id"),
        rs.getString("message_hash"),
        rs.getString("signature"),
        rs.getTimestamp("captured_at").toInstant(),
        rs.getTimestamp("apprehended_at").toInstant(),
        rs.getTimestamp("received_at").toInstant(),
        rs.getString("to_facility_id"),
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
