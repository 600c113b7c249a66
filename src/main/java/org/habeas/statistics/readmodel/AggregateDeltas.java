package org.habeas.statistics.readmodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habeas.statistics.readmodel.RecordFacts.Key;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly aggregate tables and how a record's replaced facts move them: the old facts counted
 * with -1 and the new with +1, summed per row, so a row whose counts do not move is not written at
 * all.
 */
final class AggregateDeltas {

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
    delay(k, StatStore.LAWYER, f.lawyerMinutes(), sign);
    delay(k, StatStore.JUDGE, f.judgeMinutes(), sign);
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
