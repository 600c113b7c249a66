package org.habeas.training;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Courses, their tutors and their runs. */
@Component
public class Courses {

  private final JdbcClient jdbc;
  private final Clock clock;

  Courses(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public String addCourse(Actor actor, Course c) {
    TrainingAccess.requireManage(actor);
    require("code", c.code());
    require("titleEn", c.titleEn());
    require("titleRu", c.titleRu());
    require("titleKk", c.titleKk());
    oneOf("provider", c.provider(), Course.PROVIDERS);
    oneOf("subject", c.subject(), Course.SUBJECTS);
    oneOf("format", c.format(), Course.FORMATS);
    if (c.languages().isEmpty()) {
      throw Problem.badField("languages", "field.NotBlank");
    }
    c.languages().forEach(l -> oneOf("languages", l, Users.LANGUAGES));
    if (c.durationHours() <= 0 || c.durationHours() > 1000) {
      throw Problem.badField("durationHours", "field.wrongType");
    }
    var id = c.id().isBlank() ? UUID.randomUUID().toString() : c.id();
    try {
      jdbc.sql(
              "insert into training_course (id, code, title_en, title_ru, title_kk, provider,"
                  + " subject, format, languages, duration_hours, created_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              id,
              c.code().strip(),
              c.titleEn().strip(),
              c.titleRu().strip(),
              c.titleKk().strip(),
              c.provider(),
              c.subject(),
              c.format(),
              String.join(",", c.languages()),
              c.durationHours(),
              Timestamp.from(clock.instant()))
          .update();
    } catch (DuplicateKeyException e) {
      throw Problem.badField("code", "training.duplicateCode");
    }
    return id;
  }

  public String addTutor(Actor actor, Tutor t) {
    TrainingAccess.requireManage(actor);
    require("fullName", t.fullName());
    var id = t.id().isBlank() ? UUID.randomUUID().toString() : t.id();
    jdbc.sql(
            "insert into training_tutor (id, full_name, certified_on, created_at)"
                + " values (?, ?, ?, ?)")
        .params(
            Arrays.<@Nullable Object>asList(
                id,
                t.fullName().strip(),
                t.certifiedOn() == null ? null : Date.valueOf(t.certifiedOn()),
                Timestamp.from(clock.instant())))
        .update();
    return id;
  }

  /** Creates a run of a course; returns its id. */
  public String addRun(Actor actor, CourseRun r) {
    TrainingAccess.requireManage(actor);
    var course =
        course(r.courseId()).orElseThrow(() -> Problem.badField("courseId", "field.NotBlank"));
    require("code", r.code());
    if (r.endsOn().isBefore(r.startsOn())) {
      throw Problem.badField("endsOn", "training.run.endsBeforeStart");
    }
    if (!course.languages().contains(r.language())) {
      throw Problem.badField("language", "training.run.languageNotOffered");
    }
    if (r.tutorId() != null && tutor(r.tutorId()).isEmpty()) {
      throw Problem.badField("tutorId", "field.wrongType");
    }
    var id = r.id().isBlank() ? UUID.randomUUID().toString() : r.id();
    try {
      jdbc.sql(
              "insert into training_run (id, course_id, code, starts_on, ends_on, language,"
                  + " location, tutor_id, created_by, created_at)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              Arrays.<@Nullable Object>asList(
                  id,
                  r.courseId(),
                  r.code().strip(),
                  Date.valueOf(r.startsOn()),
                  Date.valueOf(r.endsOn()),
                  r.language(),
                  StaffDirectory.blankToNull(r.location()),
                  r.tutorId(),
                  actor.username(),
                  Timestamp.from(clock.instant())))
          .update();
    } catch (DuplicateKeyException e) {
      throw Problem.badField("code", "training.duplicateCode");
    }
    return id;
  }

  public List<Course> courses() {
    return jdbc.sql("select * from training_course order by provider, code")
        .query(Courses::course)
        .list();
  }

  public Optional<Course> course(String id) {
    return jdbc.sql("select * from training_course where id = ?")
        .param(id)
        .query(Courses::course)
        .optional();
  }

  public List<Tutor> tutors() {
    return jdbc.sql("select * from training_tutor order by full_name")
        .query(
            (rs, i) ->
                new Tutor(
                    rs.getString("id"),
                    rs.getString("full_name"),
                    rs.getObject("certified_on", LocalDate.class)))
        .list();
  }

  public Optional<Tutor> tutor(String id) {
    return tutors().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** Runs, newest first, optionally of one course. */
  public List<CourseRun> runs(@Nullable String courseId, int offset, int limit) {
    var where = courseId == null ? "" : " where course_id = :course";
    var spec =
        jdbc.sql(
            "select * from training_run"
                + where
                + " order by starts_on desc, code limit :limit offset :offset");
    if (courseId != null) {
      spec = spec.param("course", courseId);
    }
    return spec.param("limit", limit).param("offset", offset).query(Courses::run).list();
  }

  public long runCount() {
    return jdbc.sql("select count(*) from training_run").query(Long.class).single();
  }

  public Optional<CourseRun> run(String id) {
    return jdbc.sql("select * from training_run where id = ?")
        .param(id)
        .query(Courses::run)
        .optional();
  }

  static Course course(ResultSet rs, int i) throws SQLException {
    return new Course(
        rs.getString("id"),
        rs.getString("code"),
        rs.getString("title_en"),
        rs.getString("title_ru"),
        rs.getString("title_kk"),
        rs.getString("provider"),
        rs.getString("subject"),
        rs.getString("format"),
        Arrays.asList(rs.getString("languages").split(",")),
        rs.getInt("duration_hours"));
  }

  static CourseRun run(ResultSet rs, int i) throws SQLException {
    return new CourseRun(
        rs.getString("id"),
        rs.getString("course_id"),
        rs.getString("code"),
        rs.getObject("starts_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        rs.getString("language"),
        rs.getString("location"),
        rs.getString("tutor_id"));
  }

  private static void require(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw Problem.badField(field, "field.NotBlank");
    }
  }

  private static void oneOf(String field, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw Problem.badField(field, "field.wrongType");
    }
  }
}
