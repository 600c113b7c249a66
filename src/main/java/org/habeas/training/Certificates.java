package org.habeas.training;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.system.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issues certificates to those who completed a run, and checks a code for anyone. */
@Component
public class Certificates {

  /** The score in per cent an achievement or HELP certificate needs. */
  public static final BigDecimal PASS = BigDecimal.valueOf(60);

  /** What a public check shows: enough to compare with the paper, nothing more. */
  public record Verified(
      String holderName,
      Course course,
      String kind,
      String language,
      LocalDate completedOn,
      LocalDate issuedOn) {}

  private final JdbcClient jdbc;
  private final Courses courses;
  private final Participants participants;
  private final StaffDirectory directory;
  private final Clock clock;

  Certificates(
      JdbcClient jdbc,
      Courses courses,
      Participants participants,
      StaffDirectory directory,
      Clock clock) {
    this.jdbc = jdbc;
    this.courses = courses;
    this.participants = participants;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * Issues a certificate of the kind to a participant who completed the run, in the language given
   * (the participant's own when null); issuing the same kind again returns the first one.
   */
  @Transactional
  public Certificate issue(
      Actor actor, String runId, String staffId, String kind, @Nullable String language) {
    TrainingAccess.requireManage(actor);
    var run = courses.run(runId).orElseThrow(() -> Problem.notFound("training.run.unknown"));
    var course = courses.course(run.courseId()).orElseThrow();
    var staff =
        directory
            .find(staffId)
            .orElseThrow(() -> Problem.badField("staffId", "training.staff.unknown"));
    if (!Certificate.KINDS.contains(kind)) {
      throw Problem.badField("kind", "field.wrongType");
    }
    var completion =
        participants
            .completion(runId, staffId)
            .orElseThrow(() -> Problem.badField("staffId", "training.certificate.notCompleted"));
    var why = refusal(course, kind, completion.score());
    if (why != null) {
      throw Problem.badField("kind", why);
    }
    var lang = language == null || language.isBlank() ? staff.language() : language;
    if (!Users.LANGUAGES.contains(lang)) {
      throw Problem.badField("language", "field.wrongType");
    }
    var existing = find(runId, staffId, kind);
    if (existing.isPresent()) {
      return existing.get();
    }
    var now = clock.instant();
    var cert =
        new Certificate(
            VerificationCodes.next(),
            runId,
            staffId,
            kind,
            staff.fullName(),
            lang,
            LocalDate.ofInstant(now, ZoneOffset.UTC));
    jdbc.sql(
            "insert into training_certificate (code, run_id, staff_id, kind, holder_name, language,"
                + " issued_on, issued_at, issued_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            cert.code(),
            runId,
            staffId,
            kind,
            cert.holderName(),
            lang,
            Date.valueOf(cert.issuedOn()),
            Timestamp.from(now),
            actor.username())
        .update();
    return cert;
  }

  /** Why the kind cannot be issued for this completion (a message code), or null if it can. */
  public static @Nullable String refusal(Course course, String kind, @Nullable BigDecimal score) {
    boolean passed = score != null && score.compareTo(PASS) >= 0;
    return switch (kind) {
      case "ATTENDANCE" -> null;
      case "ACHIEVEMENT" -> passed ? null : "training.certificate.notPassed";
      case "HELP" ->
          !course.help() || "self-study".equals(course.format())
              ? "training.certificate.notHelpTutored"
              : passed ? null : "training.certificate.notPassed";
      default -> "field.wrongType";
    };
  }

  public Optional<Certificate> find(String runId, String staffId, String kind) {
    return jdbc.sql(
            "select * from training_certificate where run_id = ? and staff_id = ? and kind = ?")
        .params(runId, staffId, kind)
        .query(Certificates::certificate)
        .optional();
  }

  public Optional<Certificate> byCode(String code) {
    return jdbc.sql("select * from training_certificate where code = ?")
        .param(code)
        .query(Certificates::certificate)
        .optional();
  }

  /** The public check: what the code stands for, or empty for a code never issued. */
  public Optional<Verified> verify(String typed) {
    return VerificationCodes.read(typed)
        .flatMap(this::byCode)
        .map(
            c -> {
              var run = courses.run(c.runId()).orElseThrow();
              var completedOn =
                  participants
                      .completion(c.runId(), c.staffId())
                      .map(Completion::completedOn)
                      .orElse(run.endsOn());
              return new Verified(
                  c.holderName(),
                  courses.course(run.courseId()).orElseThrow(),
                  c.kind(),
                  c.language(),
                  completedOn,
                  c.issuedOn());
            });
  }

  public List<Certificate> ofRun(String runId) {
    return jdbc.sql("select * from training_certificate where run_id = ? order by issued_at, code")
        .param(runId)
        .query(Certificates::certificate)
        .list();
  }

  public List<Certificate> ofStaff(String staffId) {
    return jdbc.sql(
            "select * from training_certificate where staff_id = ? order by issued_at desc, code")
        .param(staffId)
        .query(Certificates::certificate)
        .list();
  }

  /** Every certificate, newest first (training coordinators). */
  public List<Certificate> page(Actor actor, int offset, int limit) {
    TrainingAccess.requireManage(actor);
    return jdbc.sql(
            "select * from training_certificate order by issued_at desc, code"
                + " limit :limit offset :offset")
        .param("limit", limit)
        .param("offset", offset)
        .query(Certificates::certificate)
        .list();
  }

  static Certificate certificate(ResultSet rs, int i) throws SQLException {
    return new Certificate(
        rs.getString("code"),
        rs.getString("run_id"),
        rs.getString("staff_id"),
        rs.getString("kind"),
        rs.getString("holder_name"),
        rs.getString("language"),
        rs.getObject("issued_on", LocalDate.class));
  }
}
