package org.habeas.statistics.readmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.habeas.statistics.readmodel.RecordFacts.Key;
import org.habeas.statistics.readmodel.RecordFacts.RuleCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statistics tables: per-record facts and the monthly aggregates they add up to. A record's
 * facts are replaced by subtracting its old contribution from the aggregates and adding the new, so
 * the aggregates always equal the sum over the facts (a rebuild proves it).
 */
@Component
public class StatStore {

  static final String LAWYER = "lawyer";
  static final String JUDGE = "judge";

  private final JdbcClient jdbc;

  StatStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Queues a record to be projected again (in the caller's transaction). */
  public void enqueue(String recordId, Instant now) {
    jdbc.sql("insert into stat_pending (record_id, queued_at) values (?, ?)")
        .params(recordId, Timestamp.from(now))
        .update();
  }

  /** Queued records, oldest first, each with the highest queue id seen for it. */
  List<Map.Entry<String, Long>> pending(int limit) {
    return jdbc.sql(
            "select record_id, max(id) as last_id from stat_pending group by record_id"
                + " order by min(id) fetch first ? rows only")
        .param(limit)
        .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list();
  }

  void dequeue(String recordId, long upTo) {
    jdbc.sql("delete from stat_pending where record_id = ? and id <= ?")
        .params(recordId, upTo)
        .update();
  }

  long pendingCount() {
    return jdbc.sql("select count(*) from stat_pending").query(Long.class).single();
  }

  /** Records whose facts change with time alone, due by {@code now}. */
  List<String> due(Instant now, int limit) {
    return jdbc.sql(
            "select record_id from stat_record where next_check_at <= ?"
                + " order by next_check_at fetch first ? rows only")
        .params(Timestamp.from(now), limit)
        .query(String.class)
        .list();
  }

  /** Locks the projection for this transaction: one drain at a time across instances. */
  void lock() {
    jdbc.sql("select state_value from stat_state where name = 'lock' for update")
        .query((rs, i) -> 1)
        .list();
  }

  Optional<String> state(String name) {
    return jdbc.sql("select state_value from stat_state where name = ?")
        .param(name)
        .query((rs, i) -> Optional.ofNullable(rs.getString(1)))
        .optional()
        .flatMap(o -> o);
  }

  void setState(String name, String value) {
    if (jdbc.sql("update stat_state set state_value = ? where name = ?")
            .params(value, name)
            .update()
        == 0) {
      jdbc.sql("insert into stat_state (name, state_value) values (?, ?)")
          .params(name, value)
          .update();
    }
  }

  /** Empties the read model (not the queue) before a rebuild. */
  void clear() {
    for (var t :
        List.of(
            "stat_record",
            "stat_record_rule",
            "stat_month",
            "stat_rule_month",
            "stat_rule_region_month",
            "stat_delay_month",
            "stat_delay_region_month")) {
      jdbc.sql("delete from " + t).update();
    }
  }

  Optional<RecordFacts> load(String recordId) {
    var rules = new TreeMap<String, RuleCounts>();
    jdbc.sql("select * from stat_record_rule where record_id = ?")
        .param(recordId)
        .query(
            (rs, i) ->
                rules.put(
                    rs.getString("rule_id"),
                    new RuleCounts(
                        rs.getInt("met"),
                        rs.getInt("late"),
                        rs.getInt("breached"),
                        rs.getInt("pending"),
                        rs.getInt("waived"),
                        rs.getInt("not_applicable"))))
        .list();
    return jdbc.sql("select * from stat_record where record_id = ?")
        .param(recordId)
        .query(
            (rs, i) ->
                new RecordFacts(
                    rs.getString("record_id"),
                    new Key(
                        rs.getString("period_month"),
                        rs.getString("region_code"),
                        rs.getString("facility_id"),
                        rs.getString("profile_code")),
                    rs.getTimestamp("apprehended_at").toInstant(),
                    rs.getBoolean("juvenile"),
                    rs.getBoolean("closed"),
                    (Integer) rs.getObject("lawyer_minutes", Integer.class),
                    (Integer) rs.getObject("judge_minutes", Integer.class),
                    rs.getInt("questionings"),
                    rs.getInt("questionings_video"),
                    rs.getInt("questionings_night"),
                    rs.getInt("events"),
                    rs.getInt("late_entries"),
                    instant(rs.getTimestamp("next_check_at")),
                    rules))
        .optional();
  }

  /** Writes a record's facts and adds them to the aggregates. */
  void add(RecordFacts f, Instant now) {
    jdbc.sql(
            "insert into stat_record (record_id, period_month, region_code, facility_id,"
                + " profile_code, apprehended_at, juvenile, closed, lawyer_minutes, judge_minutes,"
                + " questionings, questionings_video, questionings_night, events, late_entries,"
                + " next_check_at, refreshed_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            f.recordId(),
            f.key().month(),
            f.key().regionCode(),
            f.key().facilityId(),
            f.key().profile(),
            Timestamp.from(f.apprehendedAt()),
            f.juvenile(),
            f.closed(),
            f.lawyerMinutes(),
            f.judgeMinutes(),
            f.questionings(),
            f.questioningsVideo(),
            f.questioningsNight(),
            f.events(),
            f.lateEntries(),
            f.nextCheckAt() == null ? null : Timestamp.from(f.nextCheckAt()),
            Timestamp.from(now))
        .update();
    f.rules()
        .forEach(
            (rule, c) ->
                jdbc.sql(
                        "insert into stat_record_rule (record_id, rule_id, met, late, breached,"
                            + " pending, waived, not_applicable) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                        f.recordId(),
                        rule,
                        c.met(),
                        c.late(),
                        c.breached(),
                        c.pending(),
                        c.waived(),
                        c.notApplicable())
                    .update());
    aggregate(f, 1);
  }

  /** Removes a record's facts and subtracts them from the aggregates. */
  void remove(RecordFacts f) {
    jdbc.sql("delete from stat_record where record_id = ?").param(f.recordId()).update();
    jdbc.sql("delete from stat_record_rule where record_id = ?").param(f.recordId()).update();
    aggregate(f, -1);
  }

  private void aggregate(RecordFacts f, int sign) {
    var k = f.key();
    Object[] keys = {k.month(), k.regionCode(), k.facilityId(), k.profile()};
    Object[] deltas = {
      sign,
      f.juvenile() ? sign : 0,
      f.closed() ? sign : 0,
      f.lawyerMinutes() != null ? sign : 0,
      f.judgeMinutes() != null ? sign : 0,
      sign * f.questionings(),
      sign * f.questioningsVideo(),
      sign * f.questioningsNight(),
      sign * f.events(),
      sign * f.lateEntries()
    };
    upsert(
        "stat_month",
        List.of("period_month", "region_code", "facility_id", "profile_code"),
        keys,
        List.of(
            "records",
            "juveniles",
            "closed",
            "with_lawyer",
            "with_judge",
            "questionings",
            "questionings_video",
            "questionings_night",
            "events",
            "late_entries"),
        deltas);
    f.rules()
        .forEach(
            (rule, c) -> {
              Object[] counts = {
                sign * c.met(),
                sign * c.late(),
                sign * c.breached(),
                sign * c.pending(),
                sign * c.waived(),
                sign * c.notApplicable()
              };
              var columns =
                  List.of("met", "late", "breached", "pending", "waived", "not_applicable");
              upsert(
                  "stat_rule_month",
                  List.of("period_month", "region_code", "facility_id", "profile_code", "rule_id"),
                  new Object[] {k.month(), k.regionCode(), k.facilityId(), k.profile(), rule},
                  columns,
                  counts);
              upsert(
                  "stat_rule_region_month",
                  List.of("period_month", "region_code", "profile_code", "rule_id"),
                  new Object[] {k.month(), k.regionCode(), k.profile(), rule},
                  columns,
                  counts);
            });
    delay(k, LAWYER, f.lawyerMinutes(), sign);
    delay(k, JUDGE, f.judgeMinutes(), sign);
  }

  private void delay(Key k, String measure, @Nullable Integer minutes, int sign) {
    if (minutes == null) {
      return;
    }
    upsert(
        "stat_delay_month",
        List.of("period_month", "region_code", "facility_id", "profile_code", "measure", "bucket"),
        new Object[] {
          k.month(),
          k.regionCode(),
          k.facilityId(),
          k.profile(),
          measure,
          DelayBuckets.bucket(minutes)
        },
        List.of("n"),
        new Object[] {sign});
    upsert(
        "stat_delay_region_month",
        List.of("period_month", "region_code", "profile_code", "measure", "bucket"),
        new Object[] {
          k.month(), k.regionCode(), k.profile(), measure, DelayBuckets.bucket(minutes)
        },
        List.of("n"),
        new Object[] {sign});
  }

  /** Adds the deltas to the row with these keys, creating it when there is none. */
  private void upsert(
      String table, List<String> keyColumns, Object[] keys, List<String> columns, Object[] deltas) {
    var set = new StringBuilder();
    for (var c : columns) {
      set.append(set.isEmpty() ? "" : ", ").append(c).append(" = ").append(c).append(" + ?");
    }
    var where = String.join(" = ? and ", keyColumns) + " = ?";
    var params = new Object[deltas.length + keys.length];
    System.arraycopy(deltas, 0, params, 0, deltas.length);
    System.arraycopy(keys, 0, params, deltas.length, keys.length);
    int updated =
        jdbc.sql("update " + table + " set " + set + " where " + where).params(params).update();
    if (updated == 0) {
      var all = new java.util.ArrayList<>(keyColumns);
      all.addAll(columns);
      var values = new Object[keys.length + deltas.length];
      System.arraycopy(keys, 0, values, 0, keys.length);
      System.arraycopy(deltas, 0, values, keys.length, deltas.length);
      jdbc.sql(
              "insert into "
                  + table
                  + " ("
                  + String.join(", ", all)
                  + ") values ("
                  + String.join(", ", java.util.Collections.nCopies(all.size(), "?"))
                  + ")")
          .params(values)
          .update();
    }
  }

  private static @Nullable Instant instant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
