package org.habeas.training;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.habeas.system.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What needs the training coordinator today, for the start page: runs going on or about to start,
 * finished runs with completions or certificates still to record, the latest Moodle imports, and
 * the facilities whose staff are least trained.
 */
@Component
public class TrainingDesk {

  /** The zone the coordinator's "today" is counted in (the commission sits in Astana). */
  public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

  /** How far ahead a run's start is shown, and how far back a finished run is followed up. */
  static final int AHEAD_DAYS = 30;

  static final int BEHIND_DAYS = 90;

  /** A facility whose share of trained staff is under this per cent is a gap. */
  public static final long GAP_PERCENT = 50;

  /** A run going on or starting soon, with its people so far. */
  public record RunDue(CourseRun run, boolean started, long enrolled, long completed) {}

  /** A finished run with people not yet recorded as completed, or completions not certified. */
  public record RunToClose(CourseRun run, long notCompleted, long notCertified) {}

  /** One confirmed Moodle import. */
  public record RecentImport(
      String runId,
      String runCode,
      String fileName,
      int rows,
      int imported,
      Instant at,
      String by) {}

  /** A facility with too few trained staff. */
  public record Gap(String facilityId, int staff, int trained, long percent) {}

  private final JdbcClient jdbc;
  private final Courses courses;
  private final Coverage coverage;
  private final Clock clock;

  TrainingDesk(JdbcClient jdbc, Courses courses, Coverage coverage, Clock clock) {
    this.jdbc = jdbc;
    this.courses = courses;
    this.coverage = coverage;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }

  /** Runs going on today or starting within {@value #AHEAD_DAYS} days, soonest end first. */
  public List<RunDue> runsDue() {
    var today = today();
    return jdbc.sql(
            "select r.id, (select count(*) from training_enrolment e where e.run_id = r.id),"
                + " (select count(*) from training_completion c where c.run_id = r.id)"
                + " from training_run r where r.ends_on >= ? and r.starts_on <= ?"
                + " order by r.starts_on, r.code")
        .params(Date.valueOf(today), Date.valueOf(today.plusDays(AHEAD_DAYS)))
        .query(
            (rs, i) -> {
              var run = courses.run(rs.getString(1)).orElseThrow();
              return new RunDue(run, !run.startsOn().isAfter(today), rs.getLong(2), rs.getLong(3));
            })
        .list();
  }

  /** Runs that ended in the last {@value #BEHIND_DAYS} days with something left to record. */
  public List<RunToClose> runsToClose() {
    var today = today();
    return jdbc
        .sql(
            "select r.id,"
                + " (select count(*) from training_enrolment e where e.run_id = r.id and not"
                + " exists (select 1 from training_completion c where c.run_id = r.id and"
                + " c.staff_id = e.staff_id)),"
                + " (select count(*) from training_completion c where c.run_id = r.id and not"
                + " exists (select 1 from training_certificate t where t.run_id = r.id and"
                + " t.staff_id = c.staff_id))"
                + " from training_run r where r.ends_on < ? and r.ends_on >= ?"
                + " order by r.ends_on desc, r.code")
        .params(Date.valueOf(today), Date.valueOf(today.minusDays(BEHIND_DAYS)))
        .query(
            (rs, i) ->
                new RunToClose(
                    courses.run(rs.getString(1)).orElseThrow(), rs.getLong(2), rs.getLong(3)))
        .list()
        .stream()
        .filter(r -> r.notCompleted() > 0 || r.notCertified() > 0)
        .toList();
  }

  /** The latest confirmed imports, newest first. */
  public List<RecentImport> recentImports(int limit) {
    return jdbc.sql(
            "select i.run_id, r.code, i.file_name, i.row_count, i.imported, i.imported_at,"
                + " i.imported_by from training_import i join training_run r on r.id = i.run_id"
                + " order by i.imported_at desc limit ?")
        .param(limit)
        .query(
            (rs, i) ->
                new RecentImport(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getTimestamp(6).toInstant(),
                    rs.getString(7)))
        .list();
  }

  /** Facilities whose share of staff trained in anything is under {@value #GAP_PERCENT} %. */
  public List<Gap> gaps(Actor actor) {
    return coverage.of(actor, YearMonth.from(today()), clock.instant()).stream()
        .filter(r -> r.team() == null && r.staff() > 0)
        .map(
            r ->
                new Gap(
                    r.facilityId(),
                    r.staff(),
                    r.any().trained(),
                    r.any().percent() == null ? 0 : r.any().percent()))
        .filter(g -> g.percent() < GAP_PERCENT)
        .sorted(Comparator.comparingLong(Gap::percent).thenComparing(Gap::facilityId))
        .toList();
  }
}
