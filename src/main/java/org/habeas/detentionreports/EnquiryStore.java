package org.habeas.detentionreports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.habeas.detentionreports.DetentionLookup.Asked;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lookup's tables: every enquiry (append-only, V36) and the facilities' public contacts (the
 * latest row of each facility is in force).
 */
@Component
class EnquiryStore {

  /** One enquiry as stored; {@code payload} is what the ledger committed to. */
  record Enquiry(
      UUID id,
      String type,
      Instant askedAt,
      String recordedBy,
      String outcome,
      @Nullable String recordId,
      @Nullable String jurisdiction,
      String enquirer,
      @Nullable String barNumber,
      String clientHash,
      Map<String, Object> payload) {}

  /** A facility's public address and phone. */
  record Contact(String address, String phone) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  EnquiryStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Enquiry e) {
    jdbc.sql(
            "insert into detention_lookup (id, type, asked_at, recorded_by, outcome, record_id,"
                + " jurisdiction, enquirer, bar_number, client_hash, payload)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            Arrays.<@Nullable Object>asList(
                e.id().toString(),
                e.type(),
                Timestamp.from(e.askedAt()),
                e.recordedBy(),
                e.outcome(),
                e.recordId(),
                e.jurisdiction(),
                e.enquirer(),
                e.barNumber(),
                e.clientHash(),
                json.writeValueAsString(e.payload())))
        .update();
  }

  /** Who asked about the person of this record and when, newest first. */
  List<Asked> about(String recordId) {
    return jdbc.sql(
            "select asked_at, enquirer, bar_number, outcome from detention_lookup"
                + " where record_id = ? order by asked_at desc, id")
        .param(recordId)
        .query(
            (rs, n) ->
                new Asked(
                    rs.getTimestamp(1).toInstant(),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4)))
        .list();
  }

  Optional<Contact> contact(String facilityId) {
    return jdbc
        .sql(
            "select address, phone from facility_public_contact where facility_id = ?"
                + " order by recorded_at desc")
        .param(facilityId)
        .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2)))
        .list()
        .stream()
        .findFirst();
  }

  void setContact(String facilityId, Contact c, Instant at, String by) {
    jdbc.sql(
            "insert into facility_public_contact (facility_id, recorded_at, recorded_by, address,"
                + " phone) values (?, ?, ?, ?, ?)")
        .params(facilityId, Timestamp.from(at), by, c.address(), c.phone())
        .update();
  }
}
