package org.habeas.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The complaint and its entries: inserts only (the timeline is append-only). */
@Repository
class ComplaintStore {

  private static final TypeReference<Map<String, @Nullable Object>> MAP = new TypeReference<>() {};

  private static final String INSERT_COMPLAINT =
      """
      insert into complaint (id, reference, secret_hash, source, complainant_role,
        complainant_name, victim_name, contact_preference, contact, narrative, place,
        facility_id, incident_date, against, injuries, still_held, custody_record_id,
        custody_seq, lodged_at, lodged_by, language)
      values (:id, :reference, :hash, :source, :role, :cname, :vname, :cpref, :contact,
        :narrative, :place, :facility, :idate, :against, :injuries, :held, :record, :rseq,
        :at, :by, :lang)
      """;

  private static final String INSERT_ENTRY =
      """
      insert into complaint_entry (complaint_id, seq, type, occurred_at, recorded_at, actor,
        details)
      values (?, ?, ?, ?, ?, ?, ?)
      """;

  private static final String SELECT_ENTRIES =
      "select * from complaint_entry where complaint_id = ? order by seq";

  private static final String SELECT_BY_ID = "select * from complaint where id = ?";

  private static final String SELECT_BY_REFERENCE = "select * from complaint where reference = ?";

  private static final String SELECT_BY_CUSTODY_EVENT =
      "select id from complaint where custody_record_id = ? and custody_seq = ?";

  private static final String SELECT_NEAR =
      """
      select * from complaint
      where (custody_record_id = :record)
         or (facility_id = :facility and lodged_at between :from and :to)
      order by lodged_at limit 50
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json;

  ComplaintStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(StoredComplaint c, String secretHash) {
    jdbc.sql(INSERT_COMPLAINT)
        .param("id", c.id().toString())
        .param("reference", c.reference())
        .param("hash", secretHash)
        .param("source", c.source().name())
        .param("role", c.complainantRole().name())
        .param("cname", c.complainantName())
        .param("vname", c.victimName())
        .param("cpref", c.contactPreference().name())
        .param("contact", c.contact())
        .param("narrative", c.narrative())
        .param("place", c.place())
        .param("facility", c.facilityId())
        .param("idate", c.incidentDate())
        .param("against", c.against())
        .param("injuries", c.injuries())
        .param("held", c.stillHeld())
        .param("record", c.custodyRecordId())
        .param("rseq", c.custodySeq())
        .param("at", Timestamp.from(c.lodgedAt()))
        .param("by", c.lodgedBy())
        .param("lang", c.language())
        .update();
  }

  /** The JSON text stored for the details: exactly what the ledger commits to. */
  String detailsJson(Map<String, ?> details) {
    return json.writeValueAsString(details);
  }

  void append(UUID id, ComplaintEntry e, String detailsJson) {
    jdbc.sql(INSERT_ENTRY)
        .params(
            id.toString(),
            e.seq(),
            e.type(),
            Timestamp.from(e.occurredAt()),
            Timestamp.from(e.recordedAt()),
            e.actor(),
            detailsJson)
        .update();
  }

  List<ComplaintEntry> entries(UUID id) {
    return jdbc.sql(SELECT_ENTRIES)
        .param(id.toString())
        .query(
            (rs, i) ->
                new ComplaintEntry(
                    rs.getInt("seq"),
                    rs.getString("type"),
                    instant(rs, "occurred_at"),
                    instant(rs, "recorded_at"),
                    rs.getString("actor"),
                    json.readValue(rs.getString("details"), MAP)))
        .list();
  }

  Optional<StoredComplaint> find(UUID id) {
    return jdbc.sql(SELECT_BY_ID).param(id.toString()).query(ComplaintStore::complaint).optional();
  }

  /** The complaint with this reference and its secret's hash. */
  Optional<Map.Entry<StoredComplaint, String>> byReference(String reference) {
    return jdbc.sql(SELECT_BY_REFERENCE)
        .param(reference)
        .query((rs, i) -> Map.entry(complaint(rs, i), rs.getString("secret_hash")))
        .optional();
  }

  Optional<UUID> byCustodyEvent(String recordId, int seq) {
    return jdbc.sql(SELECT_BY_CUSTODY_EVENT)
        .params(recordId, seq)
        .query((rs, i) -> UUID.fromString(rs.getString(1)))
        .optional();
  }

  /** Complaints that might be duplicates of one: same custody record, or same facility nearby. */
  List<StoredComplaint> near(
      @Nullable String facilityId, @Nullable String recordId, Instant from, Instant to) {
    return jdbc.sql(SELECT_NEAR)
        .param("record", recordId == null ? "-" : recordId)
        .param("facility", facilityId == null ? "-" : facilityId)
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query(ComplaintStore::complaint)
        .list();
  }

  private static StoredComplaint complaint(ResultSet rs, int i) throws SQLException {
    var date = rs.getObject("incident_date", LocalDate.class);
    return new StoredComplaint(
        UUID.fromString(rs.getString("id")),
        rs.getString("reference"),
        Source.valueOf(rs.getString("source")),
        ComplainantRole.valueOf(rs.getString("complainant_role")),
        rs.getString("complainant_name"),
        rs.getString("victim_name"),
        ContactPreference.valueOf(rs.getString("contact_preference")),
        rs.getString("contact"),
        rs.getString("narrative"),
        rs.getString("place"),
        rs.getString("facility_id"),
        date,
        rs.getString("against"),
        rs.getString("injuries"),
        rs.getBoolean("still_held"),
        rs.getString("custody_record_id"),
        rs.getObject("custody_seq", Integer.class),
        instant(rs, "lodged_at"),
        rs.getString("lodged_by"),
        rs.getString("language"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getTimestamp(column).toInstant();
  }
}
