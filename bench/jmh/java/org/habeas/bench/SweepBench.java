package org.habeas.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.habeas.Application;
import org.habeas.safeguards.alerts.AlertSweep;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The alert sweep with many open records of which a few fall due, run in-process (the application
 * context without its web server) on the database the ingest scenario filled with real records.
 *
 * <pre>SweepBench OPEN DUE_PERCENT</pre>
 *
 * The due rows of the sweep's index point at real custody records (as many as the ingest made, up
 * to the share asked); the rest of the OPEN rows are records that fall due next day, which the
 * sweep must not read. Prints {@code key=value} lines. The datasource comes from the environment
 * (SPRING_DATASOURCE_URL), as for the application.
 */
public final class SweepBench {

  private SweepBench() {}

  public static void main(String[] args) {
    int open = Integer.parseInt(args[0]);
    double percent = Double.parseDouble(args[1]);
    var context =
        new SpringApplicationBuilder(Application.class)
            .web(WebApplicationType.SERVLET) // the security configuration needs the web stack
            .properties(
                "server.port=0",
                "habeas.alerts.sweep-every=0s",
                "habeas.ledger.integrate-every=0s",
                "habeas.demo.enabled=false",
                "logging.level.root=WARN",
                "logging.level.org.habeas=WARN")
            .run();
    try {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      AlertSweep sweep = context.getBean(AlertSweep.class);
      List<String> real =
          jdbc.sql("select id from custody_record order by id").query(String.class).list();
      int wanted = (int) Math.round(open * percent / 100);
      int due = Math.min(wanted, real.size());
      System.out.printf("open=%d%ndue_wanted=%d%nreal_records=%d%n", open, wanted, real.size());
      Instant now = Instant.now();
      // Warm-up: one unmeasured sweep of every due record (JIT, caches), so neither measured
      // sweep below pays for it.
      fill(jdbc, open, real.subList(0, due), now);
      sweep.sweep(now);
      Measured tenth = measure(jdbc, sweep, open, real.subList(0, Math.max(1, due / 10)), now);
      Measured full = measure(jdbc, sweep, open, real.subList(0, due), now);
      Measured none = measure(jdbc, sweep, open, List.of(), now);
      System.out.printf(
          "due=%d%nsweep_ms=%.1f%nper_due_ms=%.3f%nswept=%d%nraised=%d%n",
          due, full.ms, full.ms / Math.max(1, full.swept), full.swept, full.raised);
      System.out.printf(
          "tenth_due=%d%ntenth_sweep_ms=%.1f%ntenth_per_due_ms=%.3f%n",
          tenth.swept, tenth.ms, tenth.ms / Math.max(1, tenth.swept));
      System.out.printf("none_sweep_ms=%.2f%n", none.ms);
    } finally {
      context.close();
    }
  }

  private record Measured(double ms, int swept, int raised) {}

  private static Measured measure(
      JdbcClient jdbc, AlertSweep sweep, int open, List<String> due, Instant now) {
    fill(jdbc, open, due, now);
    long t = System.nanoTime();
    var result = sweep.sweep(now);
    double ms = (System.nanoTime() - t) / 1e6;
    return new Measured(ms, result.records(), result.raised());
  }

  /**
   * The sweep's index (a projection, not history): {@code due} real records due now, the rest of
   * {@code open} rows due tomorrow or later.
   */
  private static void fill(JdbcClient jdbc, int open, List<String> due, Instant now) {
    jdbc.sql("truncate alert_due").update();
    jdbc.sql(
            "insert into alert_due (record_id, next_due_at, check_at)"
                + " select 'bench-' || g, ?::timestamptz + g * interval '1 second',"
                + " ?::timestamptz + g * interval '1 second'"
                + " from generate_series(1, ?) g")
        .params(
            Timestamp.from(now.plusSeconds(86_400)),
            Timestamp.from(now.plusSeconds(86_400)),
            open - due.size())
        .update();
    for (String id : due) {
      jdbc.sql("insert into alert_due (record_id, next_due_at, check_at) values (?, ?, ?)")
          .params(id, Timestamp.from(now.minusSeconds(60)), Timestamp.from(now.minusSeconds(60)))
          .update();
    }
    jdbc.sql("analyze alert_due").update();
  }
}
