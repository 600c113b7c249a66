package org.habeas.statistics.readmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.habeas.statistics.readmodel.RecordFacts.Key;
import org.habeas.statistics.readmodel.RecordFacts.RuleCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
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
  private final JdbcTemplate batches;

  StatStore(JdbcClient jdbc, JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
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

  /**
   * Replaces a record's facts ({@code old} as stored, {@code now} as computed; either may be
   * absent) and moves every aggregate by the difference. Only what changed is written: an event
   * usually changes a rule or two of a record, so the other rules' rows and aggregates are left
   * alone, and the statements that remain go in one batch per table.
   */
  void replace(@Nullable RecordFacts old, @Nullable RecordFacts now, Instant at) {
    if (old == null && now == null) {
      return;
    }
    if (now == null) {
      jdbc.sql("delete from stat_record where record_id = ?").param(old.recordId()).update();
      jdbc.sql("delete from stat_record_rule where record_id = ?").param(old.recordId()).update();
    } else {
      writeRecord(now, at, old == null);
      writeRules(now.recordId(), old == null ? Map.of() : old.rules(), now.rules());
    }
    var deltas = new Deltas();
    if (old != null) {
      deltas.add(old, -1);
    }
    if (now != null) {
      deltas.add(now, 1);
    }
    deltas.apply(batches);
  }

  private void writeRecord(RecordFacts f, Instant at, boolean fresh) {
    var sql =
        fresh
            ? "insert into stat_record (period_month, region_code, facility_id, profile_code,"
                + " apprehended_at, juvenile, closed, lawyer_minutes, judge_minutes, questionings,"
                + " questionings_video, questionings_night, events, late_entries, next_check_at,"
                + " refreshed_at, record_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)"
            : "update stat_record set period_month = ?, region_code = ?, facility_id = ?,"
                + " profile_code = ?, apprehended_at = ?, juvenile = ?, closed = ?,"
                + " lawyer_minutes = ?, judge_minutes = ?, questionings = ?, questionings_video = ?,"
                + " questionings_night = ?, events = ?, late_entries = ?, next_check_at = ?,"
                + " refreshed_at = ? where record_id = ?";
    jdbc.sql(sql)
        .params(
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
            Timestamp.from(at),
            f.recordId())
        .update();
  }

  /** Writes the rules whose counts changed: removed, changed and new ones, a batch each. */
  private void writeRules(
      String recordId, Map<String, RuleCounts> old, Map<String, RuleCounts> now) {
    var gone = new ArrayList<Object[]>();
    var changed = new ArrayList<Object[]>();
    var added = new ArrayList<Object[]>();
    old.keySet().stream()
        .filter(rule -> !now.containsKey(rule))
        .forEach(rule -> gone.add(new Object[] {recordId, rule}));
    now.forEach(
        (rule, c) -> {
          var before = old.get(rule);
          if (before == null) {
            added.add(
                new Object[] {
                  c.met(),
                  c.late(),
                  c.breached(),
                  c.pending(),
                  c.waived(),
                  c.notApplicable(),
                  recordId,
                  rule
                });
          } else if (!before.equals(c)) {
            changed.add(
                new Object[] {
                  c.met(),
                  c.late(),
                  c.breached(),
                  c.pending(),
                  c.waived(),
                  c.notApplicable(),
                  recordId,
                  rule
                });
          }
        });
    if (!gone.isEmpty()) {
      batches.batchUpdate("delete from stat_record_rule where record_id = ? and rule_id = ?", gone);
    }
    if (!changed.isEmpty()) {
      batches.batchUpdate(
          "update stat_record_rule set met = ?, late = ?, breached = ?, pending = ?, waived = ?,"
              + " not_applicable = ? where record_id = ? and rule_id = ?",
          changed);
    }
    if (!added.isEmpty()) {
      batches.batchUpdate(
          "insert into stat_record_rule (met, late, breached, pending, waived, not_applicable,"
              + " record_id, rule_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
          added);
    }
  }

  /** An aggregate table: the columns that key a row, and the counts the records add up to. */
  private record Aggregate(String table, List<String> keys, List<String> counts) {

    String update() {
      var set = new StringBuilder();
      for (var c : counts) {
        set.append(set.isEmpty() ? "" : ", ").append(c).append(" = ").append(c).append(" + ?");
      }
      return "update "
          + table
          + " set "
          + set
          + " where "
          + String.join(" = ? and ", keys)
          + " = ?";
    }

    String insert() {
      var all = new ArrayList<>(counts);
      all.addAll(keys);
      return "insert into "
          + table
          + " ("
          + String.join(", ", all)
          + ") values ("
          + String.join(", ", Collections.nCopies(all.size(), "?"))
          + ")";
    }
  }

  private static final List<String> RULE_COUNTS =
      List.of("met", "late", "breached", "pending", "waived", "not_applicable");
  private static final Aggregate MONTH =
      new Aggregate(
          "stat_month",
          List.of("period_month", "region_code", "facility_id", "profile_code"),
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
              "late_entries"));
  private static final Aggregate RULE_MONTH =
      new Aggregate(
          "stat_rule_month",
          List.of("period_month", "region_code", "facility_id", "profile_code", "rule_id"),
          RULE_COUNTS);
  private static final Aggregate RULE_REGION_MONTH =
      new Aggregate(
          "stat_rule_region_month",
          List.of("period_month", "region_code", "profile_code", "rule_id"),
          RULE_COUNTS);
  private static final Aggregate DELAY_MONTH =
      new Aggregate(
          "stat_delay_month",
          List.of(
              "period_month", "region_code", "facility_id", "profile_code", "measure", "bucket"),
          List.of("n"));
  private static final Aggregate DELAY_REGION_MONTH =
      new Aggregate(
          "stat_delay_region_month",
          List.of("period_month", "region_code", "profile_code", "measure", "bucket"),
          List.of("n"));

  /**
   * What a replacement adds to each aggregate row: the old facts counted with -1 and the new with
   * +1, summed per row, so a row whose counts do not move is not written at all.
   */
  private static final class Deltas {

    private final Map<Aggregate, Map<List<Object>, int[]>> rows = new LinkedHashMap<>();

    void add(RecordFacts f, int sign) {
      var k = f.key();
      bump(
          MONTH,
          List.of(k.month(), k.regionCode(), k.facilityId(), k.profile()),
          sign,
          1,
          f.juvenile() ? 1 : 0,
          f.closed() ? 1 : 0,
          f.lawyerMinutes() != null ? 1 : 0,
          f.judgeMinutes() != null ? 1 : 0,
          f.questionings(),
          f.questioningsVideo(),
          f.questioningsNight(),
          f.events(),
          f.lateEntries());
      f.rules()
          .forEach(
              (rule, c) -> {
                int[] counts = {
                  c.met(), c.late(), c.breached(), c.pending(), c.waived(), c.notApplicable()
                };
                bump(
                    RULE_MONTH,
                    List.of(k.month(), k.regionCode(), k.facilityId(), k.profile(), rule),
                    sign,
                    counts);
                bump(
                    RULE_REGION_MONTH,
                    List.of(k.month(), k.regionCode(), k.profile(), rule),
                    sign,
                    counts);
              });
      delay(k, LAWYER, f.lawyerMinutes(), sign);
      delay(k, JUDGE, f.judgeMinutes(), sign);
    }

    private void delay(Key k, String measure, @Nullable Integer minutes, int sign) {
      if (minutes == null) {
        return;
      }
      var bucket = DelayBuckets.bucket(minutes);
      bump(
          DELAY_MONTH,
          List.of(k.month(), k.regionCode(), k.facilityId(), k.profile(), measure, bucket),
          sign,
          1);
      bump(
          DELAY_REGION_MONTH,
          List.of(k.month(), k.regionCode(), k.profile(), measure, bucket),
          sign,
          1);
    }

    private void bump(Aggregate a, List<Object> key, int sign, int... counts) {
      var sum =
          rows.computeIfAbsent(a, x -> new LinkedHashMap<>())
              .computeIfAbsent(key, x -> new int[counts.length]);
      for (int i = 0; i < counts.length; i++) {
        sum[i] += sign * counts[i];
      }
    }

    /** Adds the deltas to their rows, one batch per table, and creates the rows that were none. */
    void apply(JdbcTemplate batches) {
      rows.forEach(
          (a, byKey) -> {
            var moved =
                byKey.entrySet().stream()
                    .filter(e -> Arrays.stream(e.getValue()).anyMatch(v -> v != 0))
                    .toList();
            if (moved.isEmpty()) {
              return;
            }
            var args = new ArrayList<Object[]>();
            for (var e : moved) {
              var row = new ArrayList<Object>();
              Arrays.stream(e.getValue()).forEach(row::add);
              row.addAll(e.getKey());
              args.add(row.toArray());
            }
            int[] updated = batches.batchUpdate(a.update(), args);
            var missing = new ArrayList<Object[]>();
            for (int i = 0; i < updated.length; i++) {
              if (updated[i] == 0) {
                missing.add(args.get(i));
              }
            }
            if (!missing.isEmpty()) {
              batches.batchUpdate(a.insert(), missing);
            }
          });
    }
  }

  private static @Nullable Instant instant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
