package org.habeas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.habeas.IntegrationTest;
import org.habeas.custody.CustodyRecord;
import org.habeas.custody.StoredEvent;
import org.habeas.ledger.CanonicalEvent;
import org.habeas.ledger.CustodyLeaf;
import org.habeas.ledger.MerkleLog;
import org.habeas.ledger.store.Integrator;
import org.habeas.ledger.verify.Verifier;
import org.habeas.safeguards.Evaluation;
import org.habeas.safeguards.FacilityZones;
import org.habeas.safeguards.Obligation;
import org.habeas.safeguards.RecordSafeguards;
import org.habeas.safeguards.SafeguardEngine;
import org.habeas.safeguards.ShippedProfiles;
import org.habeas.safeguards.alerts.AlertsOwed;
import org.habeas.statistics.readmodel.Projector;
import org.habeas.system.Facilities;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the write path leaves behind for the demo data is what it left before issue 17 reshaped it:
 * the alerts the sweep owes, the complaints raised from custody and from reports of a detention,
 * the statistics' read model, and the ledger's leaves, each compared with its baseline under {@code
 * src/test/resources/regression/}; and the verifier passes on the log. The obligations themselves
 * are {@link DemoObligationsRegressionTest}'s.
 *
 * <p>On the shared test context, whose database keeps what other tests wrote: only the demo records
 * are compared, each known by {@link DemoObligationsRegressionTest#key} (jurisdiction, facility and
 * instant of apprehension; never a random id), found in the database by its first event.
 *
 * <p>Listeners may run after the commit, on other threads, in any order: before comparing, the test
 * waits until every event publication about a demo record is complete ({@code event_publication},
 * Spring Modulith's registry) and the statistics' queue ({@code stat_pending}) is drained, then
 * sorts everything.
 *
 * <p>What depends on time is compared at the suite's fixed instant ({@link
 * DemoObligationsRegressionTest#DEMO_NOW}) where the code allows it (alerts), and otherwise
 * normalised: the statistics judge records "now" on a clock that ticks on from that instant, so the
 * rules whose obligations fall due in the day after it are compared with pending and breached
 * counted together.
 *
 * <p>To write the baselines afresh from the code as it is (only when a change of outcome is meant):
 * {@code ./habeas baseline}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // settles and finds the demo records once
class DemoOutcomesRegressionTests {

  static final String ALERTS = "regression/demo-alerts.tsv";
  static final String COMPLAINTS = "regression/demo-complaints.tsv";
  static final String STATISTICS = "regression/demo-statistics.tsv";
  static final String LEDGER = "regression/demo-ledger.tsv";

  static final Instant DEMO_NOW = DemoObligationsRegressionTest.DEMO_NOW;

  /** As many records as the test profile loads ({@code habeas.demo.records}). */
  static final int TEST_RECORDS = 40;

  /** How long the listeners after commit may take to finish what the demo load published. */
  static final Duration SETTLE = Duration.ofSeconds(120);

  /** How long after DEMO_NOW (on the suite's clock) the demo load may finish on a slow machine. */
  static final Duration LOAD = Duration.ofMinutes(15);

  /** Statistics judged within this time after DEMO_NOW may move while the test clock ticks. */
  static final Duration TICKING = Duration.ofDays(1);

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern DIGEST_TEXT = Pattern.compile("[0-9a-f]{64}");

  @Autowired JdbcClient jdbc;
  @Autowired RecordSafeguards safeguards;
  @Autowired Facilities facilities;
  @Autowired Projector projector;
  @Autowired Integrator integrator;
  @Autowired MerkleLog ledger;
  @Autowired DataSource dataSource;
  @Autowired ApplicationContext context;
  @Autowired Clock clock;

  @Value("${spring.datasource.password:}")
  String password;

  @TempDir Path dir;

  /** A demo record as planned, and the id it has in this database. */
  record Demo(String key, String id, DemoRecords.PlannedRecord planned, List<StoredEvent> events) {
    CustodyRecord state() {
      return CustodyRecord.replay(events);
    }
  }

  /** The demo records found, once the listeners have finished. */
  private Map<String, Demo> demos;

  /** Each demo record judged at DEMO_NOW by the safeguards, by record id (read once). */
  private final Map<String, Evaluation> judged = new HashMap<>();

  private Evaluation judged(Demo d) {
    return judged.computeIfAbsent(d.id(), id -> safeguards.evaluate(id, DEMO_NOW));
  }

  /**
   * Finds the demo records (their events and ledger openings are written in the storing
   * transaction), then waits until every listener after commit has finished with them: no
   * incomplete event publication names one of them, the statistics' queue is drained, the ledger's
   * outbox integrated. Publications of other records (another test may leave one incomplete on
   * purpose) are not waited for.
   */
  @BeforeAll
  void everyListenerHasFinished() throws InterruptedException {
    demos = found();
    var ids = demos.values().stream().map(Demo::id).toList();
    long deadline = System.nanoTime() + SETTLE.toNanos();
    List<String> open;
    while (!(open = incompletePublications(ids)).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(open)
        .as(
            "event publications about demo records still incomplete after %s (a listener after"
                + " commit failed?)",
            SETTLE)
        .isEmpty();
    while (projector.pending() > 0 && System.nanoTime() < deadline) {
      projector.catchUp(Integer.MAX_VALUE);
    }
    projector.catchUp(Integer.MAX_VALUE);
    assertThat(projector.pending()).as("statistics' queue stat_pending drained").isZero();
    integrator.integrateNow();
  }

  /** The incomplete publications about the records: listener and event type, nothing more. */
  private List<String> incompletePublications(List<String> recordIds) {
    long incomplete =
        jdbc.sql("select count(*) from event_publication where completion_date is null")
            .query(Long.class)
            .single();
    if (incomplete == 0) {
      return List.of();
    }
    return jdbc
        .sql(
            "select listener_id, event_type, serialized_event from event_publication"
                + " where completion_date is null")
        .query(
            (rs, i) -> {
              String event = rs.getString("serialized_event");
              return recordIds.stream().anyMatch(event::contains)
                  ? rs.getString("listener_id") + " ← " + rs.getString("event_type")
                  : "";
            })
        .list()
        .stream()
        .filter(l -> !l.isEmpty())
        .toList();
  }

  @Test
  void everyDemoRecordIsFoundOnceByItsKey() {
    var demos = demos();
    assertThat(demos.keySet()).containsExactlyInAnyOrderElementsOf(planned().keySet());
  }

  // ---------------------------------------------------------------------------------------------
  // Alerts

  @Test
  void theSweepOwesTheSameAlertsAsBefore() {
    var owed = new AlertsOwed(context);
    var roles = demoRolesByAddress();
    var rows = new ArrayList<List<String>>();
    for (var d : demos().values()) {
      var state = d.state();
      var facility = facilities.find(state.currentFacilityId()).orElseThrow();
      var evaluation = judged(d);
      String profile = safeguards.profileOf(d.id()).id();
      String to = recipients(owed, facility.regionCode(), roles);
      for (var o : evaluation.obligations()) {
        var kind = owed.owed(o, DEMO_NOW);
        if (kind.isEmpty()) {
          continue;
        }
        rows.add(
            List.of(
                d.key(),
                o.ruleId(),
                time(o.startedAt()),
                time(o.dueAt()),
                o.startedAt() == null && o.dueAt() == null ? o.seqs().toString() : "-",
                kind.get().name(),
                profile,
                facility.id(),
                facility.regionCode(),
                facility.zone().getId(),
                o.status().name(),
                to));
      }
    }
    new RegressionBaseline(
            ALERTS,
            List.of(
                "record",
                "rule",
                "started",
                "due",
                "seqs",
                "kind",
                "profile",
                "facility",
                "region",
                "zone",
                "status",
                "recipients"),
            6)
        .check(rows, "the alerts the sweep owes at " + DEMO_NOW);
  }

  /**
   * No alert the demo records owe is lost on the way: each was raised already (by a sweep of any
   * test, as either kind), or the due index hands its record to the next sweep. Whatever order the
   * tests ran in, and whether the due index is written in the event's transaction or after it.
   */
  @Test
  void noAlertTheDemoRecordsOweIsMissed() {
    var owed = new AlertsOwed(context);
    var now = clock.instant();
    // The demo load indexed its records at its own "now": on the suite's clock, the minutes after
    // DEMO_NOW the first start took (a later JVM on the same database starts its clock afresh).
    var loaded = DEMO_NOW.plus(LOAD);
    var latest = now.isAfter(loaded) ? now : loaded;
    var missed = new ArrayList<String>();
    for (var d : demos().values()) {
      var raised =
          new TreeSet<>(
              jdbc.sql("select rule_id, started_at, due_at from alert where record_id = ?")
                  .param(d.id())
                  .query(
                      (rs, i) ->
                          rs.getString(1)
                              + " "
                              + time(nullableInstant(rs, "started_at"))
                              + " "
                              + time(nullableInstant(rs, "due_at")))
                  .list());
      var checkAt =
          jdbc.sql("select check_at from alert_due where record_id = ?")
              .param(d.id())
              .query((rs, i) -> instant(rs, "check_at"))
              .optional();
      boolean swept = checkAt.isPresent() && !checkAt.get().isAfter(latest);
      for (var o : judged(d).obligations()) {
        if (owed.owed(o, DEMO_NOW).isEmpty()) {
          continue;
        }
        String alert = o.ruleId() + " " + time(o.startedAt()) + " " + time(o.dueAt());
        if (!raised.contains(alert) && !swept) {
          missed.add(d.key() + ": " + alert + " (alert_due.check_at " + checkAt.orElse(null) + ")");
        }
      }
    }
    assertThat(missed)
        .as("alerts owed at %s, neither raised nor due to the sweep by %s", DEMO_NOW, latest)
        .isEmpty();
  }

  /** Who is told: the demo users by role and name, the configured routes, the webhooks. */
  private static String recipients(
      AlertsOwed owed, String region, Map<String, String> demoRolesByAddress) {
    var to = new TreeSet<String>();
    for (var address : owed.mailFor(region)) {
      if (owed.configuredProsecutors().contains(address)) {
        to.add("mail:configured-prosecutors");
      } else if (owed.configuredMonitors().contains(address)) {
        to.add("mail:configured-monitors");
      } else if (demoRolesByAddress.containsKey(address)) {
        to.add("mail:" + demoRolesByAddress.get(address));
      } // users other tests created are no part of the demo
    }
    to.add("webhooks:" + owed.webhooks());
    return String.join(",", to);
  }

  private Map<String, String> demoRolesByAddress() {
    var demoUsers =
        DemoDirectory.USERS.stream()
            .map(DemoDirectory.DemoUser::username)
            .collect(Collectors.toSet());
    var out = new HashMap<String, String>();
    jdbc.sql("select username, role, email from app_user where email is not null")
        .query(
            (rs, i) -> {
              if (demoUsers.contains(rs.getString("username"))) {
                out.put(
                    rs.getString("email").strip(),
                    rs.getString("role") + "/" + rs.getString("username"));
              }
              return null;
            })
        .list();
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Complaints

  @Test
  void theSameComplaintsAreRaisedAsBefore() {
    var demos = demos();
    var keyOf = new HashMap<String, String>();
    demos.values().forEach(d -> keyOf.put(d.id(), d.key()));
    var rows = new ArrayList<List<String>>();
    if (!keyOf.isEmpty()) {
      jdbc.sql(
              "select c.source, c.custody_record_id, c.custody_seq, c.facility_id, c.still_held,"
                  + " c.lodged_at, c.lodged_by, v.status, v.status_since, v.category, v.urgent,"
                  + " v.referred, v.due_at, v.last_seq, v.region_code"
                  + " from complaint c join complaint_current v on v.complaint_id = c.id"
                  + " where c.custody_record_id in (:ids)")
          .param("ids", keyOf.keySet())
          .query(
              (rs, i) -> {
                var d = demos.get(keyOf.get(rs.getString("custody_record_id")));
                int seq = rs.getInt("custody_seq");
                var event = d.events().get(seq - 1);
                rows.add(
                    complaint(
                        rs,
                        d.key() + "#" + seq,
                        event.type(),
                        event.event().occurredAt(),
                        demoUser(rs.getString("lodged_by"))));
                return null;
              })
          .list();
    }
    rows.addAll(reportComplaints());
    new RegressionBaseline(
            COMPLAINTS,
            List.of(
                "raised-by",
                "event",
                "source",
                "category",
                "status",
                "since",
                "urgent",
                "still-held",
                "referred",
                "due",
                "last-seq",
                "facility",
                "region",
                "lodged",
                "lodged-by"),
            2)
        .check(rows, "the complaints raised from demo custody records and reports");
  }

  /**
   * The complaints of unlawful detention the demo's two reports of a detention raised, each known
   * by where it happened and how long before DEMO_NOW it began; times relative to that beginning.
   */
  private List<List<String>> reportComplaints() {
    var rows = new ArrayList<List<String>>();
    var ids =
        jdbc.sql(
                "select r.id, r.facility_id, r.region_code, r.since_at, e.payload"
                    + " from detention_report r join detention_report_event e on e.stream_id = r.id"
                    + " where e.type like '%ComplaintRaised' and r.since_at >= :from"
                    + " and r.since_at < :to")
            .param("from", OffsetDateTime.ofInstant(DEMO_NOW.minus(Duration.ofDays(3)), UTC))
            .param("to", OffsetDateTime.ofInstant(DEMO_NOW, UTC))
            .query(
                (rs, i) -> {
                  var since = instant(rs, "since_at");
                  String where =
                      rs.getString("facility_id") == null
                          ? rs.getString("region_code")
                          : rs.getString("facility_id");
                  var m = UUID_TEXT.matcher(rs.getString("payload"));
                  return Map.entry(
                      m.find() ? m.group() : "",
                      new Object[] {where, since, Duration.between(since, DEMO_NOW)});
                })
            .list();
    for (var entry : ids) {
      String where = (String) entry.getValue()[0];
      Instant since = (Instant) entry.getValue()[1];
      Duration before = (Duration) entry.getValue()[2];
      // The demo's two reports, and not a test's: begun 2 days and 6 hours before the load.
      String label;
      if (where.equals("kz-alm-tdf1") && near(before, Duration.ofDays(2))) {
        label = "report/kz-alm-tdf1/-2d";
      } else if (where.equals("ast") && near(before, Duration.ofHours(6))) {
        label = "report/ast/-6h";
      } else {
        continue;
      }
      jdbc.sql(
              "select c.source, c.facility_id, c.still_held, c.lodged_at, c.lodged_by, v.status,"
                  + " v.status_since, v.category, v.urgent, v.referred, v.due_at, v.last_seq,"
                  + " v.region_code"
                  + " from complaint c join complaint_current v on v.complaint_id = c.id"
                  + " where c.id = ?")
          .param(entry.getKey())
          .query(
              (rs, i) -> {
                var row = complaint(rs, label, "-", since, rs.getString("lodged_by"));
                // Times as durations after the report's "since": the load's minute may vary.
                var relative = new ArrayList<>(row);
                relative.set(5, after(since, instant(rs, "status_since")));
                relative.set(9, after(since, nullableInstant(rs, "due_at")));
                relative.set(13, after(since, instant(rs, "lodged_at")));
                rows.add(relative);
                return null;
              })
          .list();
    }
    return rows;
  }

  private static boolean near(Duration actual, Duration expected) {
    return actual.minus(expected).abs().compareTo(Duration.ofMinutes(10)) < 0;
  }

  private static String after(Instant since, @Nullable Instant at) {
    return at == null ? "-" : "+" + Duration.between(since, at);
  }

  private static List<String> complaint(
      ResultSet rs, String raisedBy, String event, Instant occurredAt, String lodgedBy)
      throws SQLException {
    return List.of(
        raisedBy,
        event,
        rs.getString("source"),
        String.valueOf(rs.getString("category")),
        rs.getString("status"),
        time(instant(rs, "status_since")),
        String.valueOf(rs.getBoolean("urgent")),
        String.valueOf(rs.getBoolean("still_held")),
        String.valueOf(rs.getBoolean("referred")),
        time(nullableInstant(rs, "due_at")),
        String.valueOf(rs.getInt("last_seq")),
        String.valueOf(rs.getString("facility_id")),
        String.valueOf(rs.getString("region_code")),
        instant(rs, "lodged_at").equals(occurredAt)
            ? "at the event"
            : time(instant(rs, "lodged_at")),
        lodgedBy);
  }

  /** A demo user's name as it is; anyone else (a test's user) as "other". */
  private static String demoUser(@Nullable String username) {
    return DemoDirectory.USERS.stream().anyMatch(u -> u.username().equals(username))
        ? username
        : "other";
  }

  // ---------------------------------------------------------------------------------------------
  // Statistics

  @Test
  void theStatisticsCountTheDemoRecordsAsBefore() {
    var demos = demos();
    var keyOf = new HashMap<String, String>();
    demos.values().forEach(d -> keyOf.put(d.id(), d.key()));
    var moving = moving(demos);
    var rows = new ArrayList<List<String>>();
    jdbc.sql(
            "select record_id, period_month, region_code, facility_id, profile_code,"
                + " apprehended_at, juvenile, closed, lawyer_minutes, judge_minutes, questionings,"
                + " questionings_video, questionings_night, events, late_entries from stat_record"
                + " where record_id in (:ids)")
        .param("ids", keyOf.keySet())
        .query(
            (rs, i) -> {
              rows.add(
                  List.of(
                      keyOf.get(rs.getString("record_id")),
                      "#record",
                      String.join(
                          " ",
                          rs.getString("period_month"),
                          rs.getString("region_code"),
                          rs.getString("facility_id"),
                          rs.getString("profile_code")),
                      "apprehended=" + time(instant(rs, "apprehended_at")),
                      "juvenile=" + rs.getBoolean("juvenile"),
                      "closed=" + rs.getBoolean("closed"),
                      "lawyer=" + rs.getObject("lawyer_minutes"),
                      "judge=" + rs.getObject("judge_minutes"),
                      "questionings="
                          + rs.getInt("questionings")
                          + "/video "
                          + rs.getInt("questionings_video")
                          + "/night "
                          + rs.getInt("questionings_night"),
                      "events=" + rs.getInt("events") + "/late " + rs.getInt("late_entries")));
              return null;
            })
        .list();
    jdbc.sql(
            "select r.record_id, r.rule_id, r.met, r.late, r.breached, r.pending, r.waived,"
                + " r.not_applicable, s.profile_code from stat_record_rule r"
                + " join stat_record s on s.record_id = r.record_id where r.record_id in (:ids)")
        .param("ids", keyOf.keySet())
        .query(
            (rs, i) -> {
              String key = keyOf.get(rs.getString("record_id"));
              String rule = rs.getString("rule_id");
              boolean moves = moving.contains(key + " " + rule);
              int pending = rs.getInt("pending");
              int breached = rs.getInt("breached");
              rows.add(
                  List.of(
                      key,
                      rule,
                      rs.getString("profile_code"),
                      "met=" + rs.getInt("met"),
                      "late=" + rs.getInt("late"),
                      moves ? "pending+breached=" + (pending + breached) : "breached=" + breached,
                      moves ? "(falls due after " + DEMO_NOW + ")" : "pending=" + pending,
                      "waived=" + rs.getInt("waived"),
                      "n/a=" + rs.getInt("not_applicable"),
                      "-"));
              return null;
            })
        .list();
    assertThat(rows.stream().filter(r -> r.get(1).equals("#record")).count())
        .as("every demo record has its facts in the read model")
        .isEqualTo(demos.size());
    new RegressionBaseline(
            STATISTICS,
            List.of("record", "rule", "aggregate", "f1", "f2", "f3", "f4", "f5", "f6", "f7"),
            2)
        .check(rows, "the statistics' facts of the demo records");
  }

  /**
   * The monthly aggregates the dashboards read are the sums of the records' facts, whatever order
   * the records were projected in and by which thread.
   */
  @Test
  void theAggregatesTheDashboardsReadAreTheSumsOfTheFacts() {
    var check = new ArrayList<String>();
    compare(
        check,
        "stat_month",
        "select period_month, region_code, facility_id, profile_code, records, juveniles, closed,"
            + " with_lawyer, with_judge, questionings, questionings_video, questionings_night,"
            + " events, late_entries from stat_month where records <> 0",
        "select period_month, region_code, facility_id, profile_code, count(*),"
            + " sum(case when juvenile then 1 else 0 end), sum(case when closed then 1 else 0 end),"
            + " sum(case when lawyer_minutes is null then 0 else 1 end),"
            + " sum(case when judge_minutes is null then 0 else 1 end), sum(questionings),"
            + " sum(questionings_video), sum(questionings_night), sum(events), sum(late_entries)"
            + " from stat_record group by period_month, region_code, facility_id, profile_code",
        4);
    compare(
        check,
        "stat_rule_month",
        "select period_month, region_code, facility_id, profile_code, rule_id, met, late,"
            + " breached, pending, waived, not_applicable from stat_rule_month"
            + " where met + late + breached + pending + waived + not_applicable <> 0",
        "select s.period_month, s.region_code, s.facility_id, s.profile_code, r.rule_id,"
            + " sum(r.met), sum(r.late), sum(r.breached), sum(r.pending), sum(r.waived),"
            + " sum(r.not_applicable) from stat_record_rule r join stat_record s"
            + " on s.record_id = r.record_id group by s.period_month, s.region_code,"
            + " s.facility_id, s.profile_code, r.rule_id"
            + " having sum(r.met + r.late + r.breached + r.pending + r.waived"
            + " + r.not_applicable) <> 0",
        5);
    compare(
        check,
        "stat_rule_region_month",
        "select period_month, region_code, profile_code, rule_id, met, late, breached, pending,"
            + " waived, not_applicable from stat_rule_region_month"
            + " where met + late + breached + pending + waived + not_applicable <> 0",
        "select s.period_month, s.region_code, s.profile_code, r.rule_id, sum(r.met),"
            + " sum(r.late), sum(r.breached), sum(r.pending), sum(r.waived), sum(r.not_applicable)"
            + " from stat_record_rule r join stat_record s on s.record_id = r.record_id"
            + " group by s.period_month, s.region_code, s.profile_code, r.rule_id"
            + " having sum(r.met + r.late + r.breached + r.pending + r.waived"
            + " + r.not_applicable) <> 0",
        4);
    assertThat(String.join("", check)).as("aggregates (as stored → as the facts sum up)").isEmpty();
  }

  private void compare(List<String> out, String table, String stored, String summed, int identity) {
    var a = table(stored);
    var b = table(summed);
    var columns = new ArrayList<String>();
    for (int i = 0; i < a.stream().mapToInt(List::size).max().orElse(identity); i++) {
      columns.add(table + ".column" + (i + 1));
    }
    String diff = new RegressionBaseline(table, columns, identity).diff(a, b);
    if (!diff.isEmpty()) {
      out.add(table + ":\n" + diff);
    }
  }

  private List<List<String>> table(String sql) {
    return jdbc.sql(sql)
        .query(
            (rs, i) -> {
              var row = new ArrayList<String>();
              for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                Object v = rs.getObject(c);
                row.add(v instanceof Number n ? String.valueOf(n.longValue()) : String.valueOf(v));
              }
              return (List<String>) row;
            })
        .list();
  }

  /**
   * The demo records' rules whose obligations change status in the day after DEMO_NOW without a new
   * event (PENDING falling due): their statistics depend on the instant the projector judged.
   */
  private static Set<String> moving(Map<String, Demo> demos) {
    var out = new TreeSet<String>();
    for (var d : demos.values()) {
      var profiles = new TreeSet<>(List.of(d.state().jurisdiction().code(), "cpt"));
      for (var profileId : profiles) {
        var profile = ShippedProfiles.get(profileId);
        var at = statuses(SafeguardEngine.evaluate(d.events(), profile, zone(), DEMO_NOW));
        var later =
            statuses(SafeguardEngine.evaluate(d.events(), profile, zone(), DEMO_NOW.plus(TICKING)));
        for (var rule : union(at.keySet(), later.keySet())) {
          if (!at.getOrDefault(rule, List.of()).equals(later.getOrDefault(rule, List.of()))) {
            out.add(d.key() + " " + rule);
          }
        }
      }
    }
    return out;
  }

  private static FacilityZones zone() {
    return id -> DemoDirectory.facility(id).zone();
  }

  private static Map<String, List<String>> statuses(Evaluation e) {
    var out = new TreeMap<String, List<String>>();
    for (Obligation o : e.obligations()) {
      out.computeIfAbsent(o.ruleId(), r -> new ArrayList<>()).add(o.status().name());
    }
    out.values().forEach(l -> l.sort(null));
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    var out = new TreeSet<>(a);
    out.addAll(b);
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Ledger

  @Test
  void theLogCommitsToTheSameLeavesAsBefore() {
    var demos = demos();
    var keyOf = new HashMap<String, String>();
    demos.values().forEach(d -> keyOf.put(d.id(), d.key()));
    var rows = new ArrayList<List<String>>();
    var counts = new TreeMap<String, int[]>();
    jdbc.sql(
            "select o.record_id, o.seq, o.canonical, c.commitment, l.leaf, l.leaf_index,"
                + " p.leaf as pending_leaf from ledger_opening o"
                + " left join ledger_commitment c on c.record_id = o.record_id and c.seq = o.seq"
                + " left join ledger_leaf l on l.record_id = o.record_id and l.seq = o.seq"
                + " left join ledger_pending p on p.record_id = o.record_id and p.seq = o.seq"
                + " where o.record_id in (:ids)")
        .param("ids", keyOf.keySet())
        .query(
            (rs, i) -> {
              String key = keyOf.get(rs.getString("record_id"));
              int seq = rs.getInt("seq");
              var canonical = CanonicalEvent.decode(rs.getBytes("canonical"));
              byte[] leafBytes = rs.getBytes("leaf");
              String where = leafBytes == null ? "pending" : "logged";
              if (leafBytes == null) {
                leafBytes = rs.getBytes("pending_leaf");
              }
              var stored = demos.get(key).events().get(seq - 1);
              String leaf;
              if (leafBytes == null) {
                leaf = "no leaf";
              } else {
                var decoded = CustodyLeaf.decode(leafBytes);
                boolean same =
                    java.util.Arrays.equals(decoded.commitment(), rs.getBytes("commitment"));
                leaf =
                    "v"
                        + leafBytes[0]
                        + " kind "
                        + decoded.kind()
                        + " "
                        + leafBytes.length
                        + " bytes"
                        + (same ? "" : " COMMITMENT DIFFERS FROM ledger_commitment");
              }
              counts.computeIfAbsent(key, k -> new int[2])[0]++;
              if (!"no leaf".equals(leaf)) {
                counts.get(key)[1]++;
              }
              rows.add(
                  List.of(
                      key,
                      String.valueOf(seq),
                      canonical.eventType(),
                      time(canonical.claimedTime()),
                      time(canonical.recordedTime()),
                      canonical.station(),
                      canonical.officerId(),
                      canonical.recordId().toString().equals(rs.getString("record_id"))
                              && canonical.eventSeq() == seq
                          ? "ids ok"
                          : "IDS DIFFER",
                      canonical.prevCommitment() == null ? "first" : "chained",
                      new TreeSet<>(canonical.payload().keySet()).toString(),
                      normalisedHash(canonical),
                      leaf,
                      where,
                      stored.type().equals(canonical.eventType())
                              && stored.recordedAt().equals(canonical.recordedTime())
                          ? "as stored"
                          : "NOT AS STORED"));
              return null;
            })
        .list();
    for (var d : demos.values()) {
      int[] n = counts.getOrDefault(d.key(), new int[2]);
      rows.add(
          List.of(
              d.key(),
              "#record",
              "events=" + d.events().size(),
              "openings=" + n[0],
              "leaves=" + n[1],
              "-",
              "-",
              "-",
              "-",
              "-",
              "-",
              "-",
              "-",
              "-"));
    }
    new RegressionBaseline(
            LEDGER,
            List.of(
                "record",
                "seq",
                "type",
                "occurred",
                "recorded",
                "facility",
                "recorder",
                "ids",
                "chain",
                "payload-fields",
                "canonical-sha256",
                "leaf",
                "where",
                "custody"),
            2)
        .check(rows, "the ledger's leaves of the demo records");
  }

  /**
   * SHA-256 of the canonical event's bytes with what is random left out: the record id (a random
   * UUID) zeroed, the previous commitment (keyed by the random record key) dropped, and in the
   * payload every UUID and every keyed digest replaced by a placeholder. Everything else the
   * commitment covers is deterministic for the demo data and must not change. (The leaf itself is
   * the version, the kind, the time the outbox queued it — the wall clock — and the commitment,
   * keyed by the random record key: only its shape can be compared.)
   */
  private static String normalisedHash(CanonicalEvent e) {
    var normal =
        new CanonicalEvent(
            new UUID(0, 0),
            e.eventSeq(),
            e.eventType(),
            e.claimedTime(),
            e.recordedTime(),
            e.station(),
            e.officerId(),
            normalised(e.payload()),
            null);
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(normal.encode()))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T normalised(T value) {
    return switch (value) {
      case Map<?, ?> m -> {
        var out = new LinkedHashMap<String, @Nullable Object>();
        m.forEach((k, v) -> out.put((String) k, v == null ? null : normalised(v)));
        yield (T) out;
      }
      case List<?> l -> (T) l.stream().map(v -> v == null ? null : normalised(v)).toList();
      case String s ->
          (T) DIGEST_TEXT.matcher(UUID_TEXT.matcher(s).replaceAll("<uuid>")).replaceAll("<digest>");
      default -> value;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Verifier

  @Test
  void theVerifierPassesOnTheDemoLog() throws Exception {
    String url;
    String user;
    try (var connection = dataSource.getConnection()) {
      url = connection.getMetaData().getURL();
      user = connection.getMetaData().getUserName();
    }
    var out = new ByteArrayOutputStream();
    var print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status =
        Verifier.run(
            new String[] {
              "--vkey",
              ledger.verifierKey(),
              "--trusted",
              dir.resolve("trusted").toString(),
              "--db",
              url,
              "--db-user",
              user,
              "--db-password",
              password
            },
            print,
            print);
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(report).isZero();
    assertThat(report).contains("RESULT    clean");
  }

  // ---------------------------------------------------------------------------------------------
  // The demo records

  /** The demo records the test profile loads, by key, as planned at DEMO_NOW. */
  static Map<String, DemoRecords.PlannedRecord> planned() {
    var plan = new ArrayList<>(DemoRecords.generate(DEMO_NOW, TEST_RECORDS));
    plan.add(DemoAfterRelease.plan(DEMO_NOW));
    plan.add(DemoRemand.record(DEMO_NOW));
    plan.addAll(DemoKzCases.plan(DEMO_NOW));
    var out = new TreeMap<String, DemoRecords.PlannedRecord>();
    for (var p : plan) {
      out.put(DemoObligationsRegressionTest.key(p), p);
    }
    return out;
  }

  /**
   * The demo records found in this database, by key: a record whose first event was recorded by the
   * same demo user at the same instant, with the same jurisdiction and facility (the ledger's
   * station of that event). A key found twice fails: the test could not tell which is the demo's.
   */
  private Map<String, Demo> demos() {
    return demos;
  }

  private Map<String, Demo> found() {
    var planned = planned();
    var found = new TreeMap<String, List<String>>();
    jdbc.sql(
            "select r.id, r.jurisdiction, e.occurred_at, e.recorded_by, o.canonical"
                + " from custody_record r join custody_event e on e.record_id = r.id and e.seq = 1"
                + " join ledger_opening o on o.record_id = r.id and o.seq = 1")
        .query(
            (rs, i) -> {
              var station = CanonicalEvent.decode(rs.getBytes("canonical")).station();
              String key =
                  rs.getString("jurisdiction").toLowerCase(java.util.Locale.ROOT)
                      + "/"
                      + station
                      + "/"
                      + instant(rs, "occurred_at");
              var p = planned.get(key);
              if (p != null && p.events().getFirst().recordedBy().equals(rs.getString(4))) {
                found.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString("id"));
              }
              return null;
            })
        .list();
    var twice =
        found.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey);
    assertThat(twice.toList()).as("demo keys found more than once").isEmpty();
    var out = new TreeMap<String, Demo>();
    found.forEach(
        (key, ids) -> {
          var p = planned.get(key);
          var events = new ArrayList<StoredEvent>();
          for (var e : p.events()) {
            events.add(
                new StoredEvent(
                    events.size() + 1, e.event(), e.recordedAt(), e.recordedBy(), null));
          }
          out.put(key, new Demo(key, ids.getFirst(), p, List.copyOf(events)));
        });
    return out;
  }

  private static final java.time.ZoneOffset UTC = java.time.ZoneOffset.UTC;

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static @Nullable Instant nullableInstant(ResultSet rs, String column)
      throws SQLException {
    var at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  private static String time(@Nullable Instant at) {
    return at == null ? "-" : at.toString();
  }
}
