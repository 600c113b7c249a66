package org.habeas.complaints;

import static org.habeas.complaints.ComplaintStore.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The complaints' current state (table {@code complaint_current}): a projection of each timeline
 * kept for the lists, the only complaint table that is updated in place.
 */
@Repository
class CurrentStore {

  private static final String UPDATE =
      """
      update complaint_current set status = :status, status_since = :since,
        category = :category, urgent = :urgent, assignee = :assignee, referred = :referred,
        due_at = :due, last_seq = :seq, updated_at = :updated, facility_id = :facility,
        region_code = :region, search_text = :text
      where complaint_id = :id
      """;

  private static final String INSERT =
      """
      insert into complaint_current (complaint_id, status, status_since, category, urgent,
        assignee, referred, due_at, last_seq, updated_at, facility_id, region_code, search_text)
      values (:id, :status, :since, :category, :urgent, :assignee, :referred, :due, :seq,
        :updated, :facility, :region, :text)
      """;

  private static final String STILL_HELD_RECEIVED =
      """
      select c.id from complaint c join complaint_current v on v.complaint_id = c.id
      where c.still_held = true and v.status = 'RECEIVED'
      """;

  /** The list's columns; the access condition and the filters follow {@code where}. */
  private static final String PAGE =
      """
      select c.id, c.reference, c.source, c.facility_id, c.lodged_at, c.still_held, v.status,
        v.category, v.urgent, v.assignee, v.due_at
      from complaint c join complaint_current v on v.complaint_id = c.id
      where %s
      order by case when v.status = 'CLOSED' then 1 else 0 end, v.urgent desc,
        coalesce(v.due_at, c.lodged_at), c.lodged_at desc
      limit :limit offset :offset
      """;

  private static final String COUNT =
      """
      select count(*) from complaint c join complaint_current v on v.complaint_id = c.id
      where %s
      """;

  private static final String PENDING_RAISES =
      """
      select count(*) from event_publication
      where listener_id = :listener and completion_date is null
        and (status = 'FAILED' or publication_date < :before)
      """;

  private final JdbcClient jdbc;

  CurrentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
    int n = jdbc.sql(UPDATE).params(params).update();
    if (n == 0) {
      jdbc.sql(INSERT).params(params).update();
    }
  }

  /** The ids of the complaints from people still held that are still received. */
  List<UUID> stillHeldReceived() {
    return jdbc.sql(STILL_HELD_RECEIVED).query((rs, i) -> UUID.fromString(rs.getString(1))).list();
  }

  /** A page of the list, the access condition on c (complaint) and v (complaint_current). */
  List<ComplaintSummary> page(
      String where, Map<String, Object> params, Instant now, Deadlines rules, int offset, int n) {
    var all = new HashMap<String, Object>(params);
    all.put("limit", n);
    all.put("offset", offset);
    return jdbc.sql(PAGE.formatted(where))
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
    return jdbc.sql(COUNT.formatted(where)).params(params).query(Long.class).single();
  }

  /**
   * Allegations and injuries recorded in custody whose complaint is not raised yet: their
   * publications in Spring Modulith's event publication registry that failed, or have waited since
   * before {@code before} (one just published is on its way, not waiting).
   */
  long pendingRaises(Instant before) {
    return jdbc.sql(PENDING_RAISES)
        .param("listener", CustodyComplaints.LISTENER)
        .param("before", Timestamp.from(before))
        .query(Long.class)
        .single();
  }
}
