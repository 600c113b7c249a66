package org.habeas.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The complaint tables: inserts only, except the current-state projection. */
@Repository
class ComplaintStore {

  private static final TypeReference<Map<String, @Nullable Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  ComplaintStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(StoredComplaint c, String secretHash) {
    jdbc.sql(
            "insert into complaint (id, reference, secret_hash, source, complainant_role,"
                + " complainant_name, victim_name, contact_preference, contact, narrative, place,"
                + " facility_id, incident_date, against, injuries, still_held, custody_record_id,"
                + " custody_seq, lodged_at, lodged_by, language) values (:id, :reference, :hash,"
                + " :source, :role, :cname, :vname, :cpref, :contact, :narrative, :place,"
                + " :facility, :idate, :against, :injuries, :held, :record, :rseq, :at, :by,"
                + " :lang)")
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
    jdbc.sql(
            "insert into complaint_entry (complaint_id, seq, type, occurred_at, recorded_at, actor,"
                + " details) values (?, ?, ?, ?, ?, ?, ?)")
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
    return jdbc.sql("select * from complaint_entry where complaint_id = ? order by seq")
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
    return jdbc.sql("select * from complaint where id = ?")
        .param(id.toString())
        .query(this::complaint)
        .optional();
  }

  /** The complaint with this reference and its secret's hash. */
  Optional<Map.Entry<StoredComplaint, String>> byReference(String reference) {
    return jdbc.sql("select * from complaint where reference = ?")
        .param(reference)
        .query((rs, i) -> Map.entry(complaint(rs, i), rs.getString("secret_hash")))
        .optional();
  }

  Optional<UUID> byCustodyEvent(String recordId, int seq) {
    return jdbc.sql("select id from complaint where custody_record_id = ? and custody_seq = ?")
        .params(recordId, seq)
        .query((rs, i) -> UUID.fromString(rs.getString(1)))
        .optional();
  }

  /** Complaints that might be duplicates of one: same custody record, or same facility nearby. */
  List<StoredComplaint> near(
      @Nullable String facilityId, @Nullable String recordId, Instant from, Instant to) {
    return jdbc.sql(
            "select * from complaint where (custody_record_id = :record) or (facility_id ="
                + " :facility and lodged_at between :from and :to) order by lodged_at limit 50")
        .param("record", recordId == null ? "-" : recordId)
        .param("facility", facilityId == null ? "-" : facilityId)
        .param("from", Timestamp.from(from))
        .param("to", Timestamp.from(to))
        .query(this::complaint)
        .list();
  }

  void project(
      UUID id,
      ComplaintState s,
      @Nullable Instant dueAt,
      @Nullable String facilityId,
      @Nullable String regionCode,
      String searchText) {
    var params = new HashMap<String, @Nullable Object>();
    params.put("id", id.toString());
    params.put("status", s.status().name());
    params.put("since", Timestamp.from(s.statusSince()));
    params.put("category", s.category() == null ? null : s.category().name());
    params.put("urgent", s.urgent());
    params.put("assignee", s.assignee());
    params.put("referred", s.referred());
    params.put("due", dueAt == null ? null : Timestamp.from(dueAt));
    params.put("seq", s.lastSeq());
    params.put("updated", Timestamp.from(s.updatedAt()));
    params.put("facility", facilityId);
    params.put("region", regionCode);
    params.put("text", searchText);
    int n =
        jdbc.sql(
                "update complaint_current set status = :status, status_since = :since, category ="
                    + " :category, urgent = :urgent, assignee = :assignee, referred = :referred,"
                    + " due_at = :due, last_seq = :seq, updated_at = :updated, facility_id ="
                    + " :facility, region_code = :region, search_text = :text where complaint_id ="
                    + " :id")
            .params(params)
            .update();
    if (n == 0) {
      jdbc.sql(
              "insert into complaint_current (complaint_id, status, status_since, category, urgent,"
                  + " assignee, referred, due_at, last_seq, updated_at, facility_id, region_code,"
                  + " search_text) values (:id, :status, :since, :category, :urgent, :assignee,"
                  + " :referred, :due, :seq, :updated, :facility, :region, :text)")
          .params(params)
          .update();
    }
  }

  void attach(UUID complaintId, Attachment a, byte[] content) {
    jdbc.sql(
            "insert into complaint_attachment (id, complaint_id, seq, filename, media_type,"
                + " size_bytes, sha256, content, added_at, added_by) values (?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?)")
        .params(
            a.id().toString(),
            complaintId.toString(),
            a.seq(),
            a.filename(),
            a.mediaType(),
            a.sizeBytes(),
            a.sha256(),
            content,
            Timestamp.from(a.addedAt()),
            a.addedBy())
        .update();
  }

  List<Attachment> attachments(UUID complaintId) {
    return jdbc.sql(
            "select id, seq, filename, media_type, size_bytes, sha256, added_at, added_by from"
                + " complaint_attachment where complaint_id = ? order by seq")
        .param(complaintId.toString())
        .query(
            (rs, i) ->
                new Attachment(
                    UUID.fromString(rs.getString("id")),
                    rs.getInt("seq"),
                    rs.getString("filename"),
                    rs.getString("media_type"),
                    rs.getLong("size_bytes"),
                    rs.getString("sha256"),
                    instant(rs, "added_at"),
                    rs.getString("added_by")))
        .list();
  }

  Optional<byte[]> content(UUID complaintId, UUID attachmentId) {
    return jdbc.sql("select content from complaint_attachment where complaint_id = ? and id = ?")
        .params(complaintId.toString(), attachmentId.toString())
        .query((rs, i) -> rs.getBytes(1))
        .optional();
  }

  /** The ids of the complaints from people still held that are still received. */
  List<UUID> stillHeldReceived() {
    return jdbc.sql(
            "select c.id from complaint c join complaint_current v on v.complaint_id = c.id"
                + " where c.still_held = true and v.status = 'RECEIVED'")
        .query((rs, i) -> UUID.fromString(rs.getString(1)))
        .list();
  }

  /** A page of the list, the access condition on c (complaint) and v (complaint_current). */
  List<ComplaintSummary> page(
      String where, Map<String, Object> params, Instant now, Deadlines rules, int offset, int n) {
    var all = new HashMap<String, Object>(params);
    all.put("limit", n);
    all.put("offset", offset);
    return jdbc.sql(
            "select c.id, c.reference, c.source, c.facility_id, c.lodged_at, c.still_held,"
                + " v.status,"
                + " v.category, v.urgent, v.assignee, v.due_at from complaint c join"
                + " complaint_current v on v.complaint_id = c.id where "
                + where
                + " order by case when v.status = 'CLOSED' then 1 else 0 end, v.urgent desc,"
                + " coalesce(v.due_at, c.lodged_at), c.lodged_at desc"
                + " limit :limit offset :offset")
        .params(all)
        .query(
            (rs, i) -> {
              var due = rs.getTimestamp("due_at");
              var dueAt = due == null ? null : due.toInstant();
              var cat = rs.getString("category");
              return new ComplaintSummary(
                  UUID.fromString(rs.getString("id")),
                  rs.getString("reference"),
                  Source.valueOf(rs.getString("source")),
                  ComplaintStatus.valueOf(rs.getString("status")),
                  cat == null ? null : Category.valueOf(cat),
                  rs.getBoolean("urgent"),
                  rs.getBoolean("still_held"),
                  rs.getString("assignee"),
                  rs.getString("facility_id"),
                  instant(rs, "lodged_at"),
                  dueAt,
                  rules.level(dueAt, now));
            })
        .list();
  }

  long count(String where, Map<String, Object> params) {
    return jdbc.sql(
            "select count(*) from complaint c join complaint_current v on v.complaint_id = c.id"
                + " where "
                + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  private StoredComplaint complaint(ResultSet rs, int i) throws SQLException {
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

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getTimestamp(column).toInstant();
  }

  /**
   * Allegations and injuries recorded in custody whose complaint is not raised yet: their
   * publications in Spring Modulith's event publication registry that failed, or have waited since
   * before {@code before} (one just published is on its way, not waiting).
   */
  long pendingRaises(Instant before) {
    return jdbc.sql(
            """
            select count(*) from event_publication
            where listener_id = :listener and completion_date is null
              and (status = 'FAILED' or publication_date < :before)
            """)
        .param("listener", CustodyComplaints.LISTENER)
        .param("before", Timestamp.from(before))
        .query(Long.class)
        .single();
  }
}
