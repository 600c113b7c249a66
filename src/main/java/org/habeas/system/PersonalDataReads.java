package org.habeas.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit of every read of a detainee's personal data: who, which record, when and why. */
@Component
public class PersonalDataReads {

  /** Why the data was shown. */
  public enum Purpose {
    /** The reader's own duty gives access (officer at the facility, lawyer of the client, ...). */
    DUTY,
    /** A monitor lifted pseudonymisation and gave a reason. */
    STATED_REASON
  }

  /** One logged read. */
  public record Read(
      Instant at,
      String username,
      String role,
      String recordId,
      Purpose purpose,
      @Nullable String reason) {}

  private final JdbcClient jdbc;

  private final Clock clock;

  PersonalDataReads(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void log(Actor reader, String recordId, Purpose purpose, @Nullable String reason) {
    jdbc.sql(
            "insert into personal_data_read (read_at, username, role, record_id, purpose, reason)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            Arrays.<@Nullable Object>asList(
                Timestamp.from(clock.instant()),
                reader.username(),
                reader.role().name(),
                recordId,
                purpose.name(),
                reason))
        .update();
  }

  /**
   * Logs one read for each of the records, in one statement (a page of records shown at once): the
   * same rows as {@link #log} for each.
   */
  public void logAll(
      Actor reader, Collection<String> recordIds, Purpose purpose, @Nullable String reason) {
    if (recordIds.isEmpty()) {
      return;
    }
    var at = Timestamp.from(clock.instant());
    var values = new ArrayList<@Nullable Object>();
    var rows = new StringJoiner(", ");
    for (var recordId : recordIds) {
      rows.add("(?, ?, ?, ?, ?, ?)");
      values.add(at);
      values.add(reader.username());
      values.add(reader.role().name());
      values.add(recordId);
      values.add(purpose.name());
      values.add(reason);
    }
    jdbc.sql(
            "insert into personal_data_read (read_at, username, role, record_id, purpose, reason)"
                + " values "
                + rows)
        .params(values)
        .update();
  }

  /** A page of reads, newest first, optionally for one record. */
  public List<Read> page(@Nullable String recordId, int offset, int limit) {
    var where = recordId == null ? "" : " where record_id = :record";
    var spec =
        jdbc.sql(
            "select * from personal_data_read"
                + where
                + " order by id desc limit :limit offset :offset");
    if (recordId != null) {
      spec = spec.param("record", recordId);
    }
    return spec.param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, i) ->
                new Read(
                    rs.getTimestamp("read_at").toInstant(),
                    rs.getString("username"),
                    rs.getString("role"),
                    rs.getString("record_id"),
                    Purpose.valueOf(rs.getString("purpose")),
                    rs.getString("reason")))
        .list();
  }

  public long count(@Nullable String recordId) {
    return recordId == null
        ? jdbc.sql("select count(*) from personal_data_read").query(Long.class).single()
        : jdbc.sql("select count(*) from personal_data_read where record_id = ?")
            .param(recordId)
            .query(Long.class)
            .single();
  }
}
