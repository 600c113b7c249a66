package org.habeas.statistics.readmodel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * facts are replaced by subtracting its old contribution from the aggregates and adding the new
 * ({@link AggregateDeltas}), so the aggregates always equal the sum over the facts (a rebuild
 * proves it).
 */
@Component
class StatStore {

  static final String LAWYER = "lawyer";
  static final String JUDGE = "judge";

  private static final String DUE =
      """
      select record_id from stat_record where next_check_at <= ?
       order by next_check_at fetch first ? rows only""";
  private static final List<String> TABLES =
      List.of(
          "stat_record",
          "stat_record_rule",
          "stat_month",
          "stat_rule_month",
          "stat_rule_region_month",
          "stat_delay_month",
          "stat_delay_region_month");
  private static final String SELECT_RULES =
      """
      select * from stat_record_rule where record_id = ?""";
  private static final String SELECT_RECORD =
      """
      select * from stat_record where record_id = ?""";
  private static final String DELETE_RECORD =
      """
      delete from stat_record where record_id = ?""";
  private static final String DELETE_RULES =
      """
      delete from stat_record_rule where record_id = ?""";
  private static final String INSERT_RECORD =
      """
      insert into stat_record (period_month, region_code, facility_id, profile_code,
       apprehended_at, juvenile, closed, lawyer_minutes, judge_minutes, questionings,
       questionings_video, questionings_night, events, late_entries, next_check_at,
       refreshed_at, record_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
  private static final String UPDATE_RECORD =
      """
      update stat_record set period_month = ?, region_code = ?, facility_id = ?,
       profile_code = ?, apprehended_at = ?, juvenile = ?, closed = ?,
       lawyer_minutes = ?, judge_minutes = ?, questionings = ?, questionings_video = ?,
       questionings_night = ?, events = ?, late_entries = ?, next_check_at = ?,
       refreshed_at = ? where record_id = ?""";
  private static final String DELETE_RULE =
      """
      delete from stat_record_rule where record_id = ? and rule_id = ?""";
  private static final String UPDATE_RULE =
      """
      update stat_record_rule set met = ?, late = ?, breached = ?, pending = ?, waived = ?,
       not_applicable = ? where record_id = ? and rule_id = ?""";
  private static final String INSERT_RULE =
      """
      insert into stat_record_rule (met, late, breached, pending, waived, not_applicable,
       record_id, rule_id) values (?, ?, ?, ?, ?, ?, ?, ?)""";

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;

  StatStore(JdbcClient jdbc, JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  /** Records whose facts change with time alone, due by {@code now}. */
  List<String> due(Instant now, int limit) {
    return jdbc.sql(DUE)
        .params(Timestamp.from(now), limit)
        .query((rs, n) -> rs.getString(1))
        .list();
  }

  /** Empties the read model (not the queue) before a rebuild. */
  void clear() {
    for (var t : TABLES) {
      jdbc.sql("delete from " + t).update();
    }
  }

  Optional<RecordFacts> load(String recordId) {
    var rules = new TreeMap<String, RuleCounts>();
    jdbc.sql(SELECT_RULES)
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
    return jdbc.sql(SELECT_RECORD)
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
      var gone = Objects.requireNonNull(old, "old or now, as returned above").recordId();
      jdbc.sql(DELETE_RECORD).param(gone).update();
      jdbc.sql(DELETE_RULES).param(gone).update();
    } else {
      writeRecord(now, at, old == null);
      writeRules(now.recordId(), old == null ? Map.of() : old.rules(), now.rules());
    }
    var deltas = new AggregateDeltas();
    if (old != null) {
      deltas.add(old, -1);
    }
    if (now != null) {
      deltas.add(now, 1);
    }
    deltas.apply(batches);
  }

  private void writeRecord(RecordFacts f, Instant at, boolean fresh) {
    jdbc.sql(fresh ? INSERT_RECORD : UPDATE_RECORD)
        .params(
            Arrays.<@Nullable Object>asList(
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
                f.recordId()))
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
          if (before == null || !before.equals(c)) {
            (before == null ? added : changed)
                .add(
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
      batches.batchUpdate(DELETE_RULE, gone);
    }
    if (!changed.isEmpty()) {
      batches.batchUpdate(UPDATE_RULE, changed);
    }
    if (!added.isEmpty()) {
      batches.batchUpdate(INSERT_RULE, added);
    }
  }

  private static @Nullable Instant instant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
