package org.habeas.training;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who was enrolled on a run and who completed it: appended, never changed. */
@Component
public class Participants {

  /** One participant of a run as its page lists them. */
  public record Participant(Staff staff, boolean enrolled, @Nullable Completion completion) {}

  private final JdbcClient jdbc;
  private final StaffDirectory directory;
  private final Clock clock;

  Participants(JdbcClient jdbc, StaffDirectory directory, Clock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.clock = clock;
  }

  /** Enrols a person on a run; enrolling them again changes nothing. Returns whether it was new. */
  public boolean enrol(Actor actor, String runId, String staffId) {
    TrainingAccess.requireManage(actor);
    if (jdbc.sql("select count(*) from training_run where id = ?")
            .param(runId)
            .query(Long.class)
            .single()
        == 0) {
      throw Problem.notFound("training.run.unknown");
    }
    if (directory.find(staffId).isEmpty()) {
      throw Problem.badField("staffId", "training.staff.unknown");
    }
    if (enrolled(runId, staffId)) {
      return false;
    }
    try {
      jdbc.sql(
              "insert into training_enrolment (run_id, staff_id, enrolled_at, enrolled_by)"
                  + " values (?, ?, ?, ?)")
          .params(runId, staffId, Timestamp.from(clock.instant()), actor.username())
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  /**
   * Records a completion (enrolling the person if they were not); a second completion of the same
   * run by the same person is not stored. Returns whether it was new.
   */
  @Transactional
  public boolean complete(Actor actor, Completion c, @Nullable String importId) {
    TrainingAccess.requireManage(actor);
    if (c.attendancePercent() != null
        && (c.attendancePercent() < 0 || c.attendancePercent() > 100)) {
      throw Problem.badField("attendancePercent", "field.Range", 0, 100);
    }
    if (c.score() != null
        && (c.score().signum() < 0 || c.score().compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw Problem.badField("score", "field.Range", 0, 100);
    }
    // A completion dated ahead would be certified for a course not yet finished.
    CompletionDates.requireNotFuture("completedOn", c.completedOn(), clock);
    enrol(actor, c.runId(), c.staffId());
    if (completion(c.runId(), c.staffId()).isPresent()) {
      return false;
    }
    jdbc.sql(
            "insert into training_completion (run_id, staff_id, completed_on, attendance_percent,"
                + " score, source, import_id, recorded_at, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            Arrays.<@Nullable Object>asList(
                c.runId(),
                c.staffId(),
                Date.valueOf(c.completedOn()),
                c.attendancePercent(),
                c.score(),
                c.source(),
                importId,
                Timestamp.from(clock.instant()),
                actor.username()))
        .update();
    return true;
  }

  public boolean enrolled(String runId, String staffId) {
    return jdbc.sql("select count(*) from training_enrolment where run_id = ? and staff_id = ?")
            .params(runId, staffId)
            .query(Long.class)
            .single()
        > 0;
  }

  public Optional<Completion> completion(String runId, String staffId) {
    return jdbc.sql("select * from training_completion where run_id = ? and staff_id = ?")
        .params(runId, staffId)
        .query(Participants::completion)
        .optional();
  }

  /** The run's participants: everyone enrolled or completed, by name. */
  public List<Participant> of(String runId) {
    var completions =
        jdbc.sql("select * from training_completion where run_id = ?")
            .param(runId)
            .query(Participants::completion)
            .list();
    var ids =
        jdbc.sql(
                "select staff_id from training_enrolment where run_id = :run union"
                    + " select staff_id from training_completion where run_id = :run")
            .param("run", runId)
            .query((rs, n) -> rs.getString(1))
            .list();
    return ids.stream()
        .map(directory::find)
        .flatMap(Optional::stream)
        .map(
            s ->
                new Participant(
                    s,
                    true,
                    completions.stream()
                        .filter(c -> c.staffId().equals(s.id()))
                        .findFirst()
                        .orElse(null)))
        .sorted(Comparator.comparing(p -> p.staff().fullName()))
        .toList();
  }

  /** Everything a person completed, newest first. */
  public List<Completion> completionsOf(String staffId) {
    return jdbc.sql(
            "select * from training_completion where staff_id = ? order by completed_on desc, id")
        .param(staffId)
        .query(Participants::completion)
        .list();
  }

  static Completion completion(ResultSet rs, int i) throws SQLException {
    return new Completion(
        rs.getString("run_id"),
        rs.getString("staff_id"),
        rs.getObject("completed_on", LocalDate.class),
        (Integer) rs.getObject("attendance_percent", Integer.class),
        rs.getBigDecimal("score"),
        rs.getString("source"));
  }
}
