package org.habeas.training.moodle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.habeas.system.Actor;
import org.habeas.system.Problem;
import org.habeas.training.Completion;
import org.habeas.training.CompletionDates;
import org.habeas.training.CourseRun;
import org.habeas.training.Courses;
import org.habeas.training.Participants;
import org.habeas.training.StaffDirectory;
import org.habeas.training.TrainingAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upload, preview and confirm a Moodle completion report for a run. Only rows the coordinator
 * confirmed are stored; a person's completion of a run is stored once, so importing the same file
 * again (or an overlapping one) changes nothing.
 */
@Component
public class MoodleImports {

  /** The largest report accepted: a run of several thousand participants fits well within it. */
  public static final int MAX_BYTES = 512 * 1024;

  /** How long an uploaded report waits for its confirmation before it is removed. */
  public static final Duration KEPT = Duration.ofDays(1);

  /** A row of the preview, with whether the person's completion is already stored. */
  public record PreviewRow(Matching.Match match, boolean alreadyRecorded) {
    public boolean importable() {
      return match.status().importable() && !alreadyRecorded;
    }
  }

  /** An earlier import of the same file into the same run. */
  public record Earlier(Instant at, String by, int imported) {}

  public record Preview(
      String uploadId,
      CourseRun run,
      String fileName,
      List<PreviewRow> rows,
      List<Earlier> earlier) {

    /** The rows that are errors of the report (dated in the future), to be named on the page. */
    public List<PreviewRow> errors() {
      return rows.stream().filter(r -> r.match().status() == Matching.Status.FUTURE_DATE).toList();
    }
  }

  /** What confirming stored: new completions, and confirmed rows that were already there. */
  public record Outcome(int imported, int alreadyRecorded) {}

  private record Upload(String id, String runId, String sha256, String fileName, String content) {}

  private final JdbcClient jdbc;
  private final Courses courses;
  private final StaffDirectory directory;
  private final Participants participants;
  private final Clock clock;

  MoodleImports(
      JdbcClient jdbc,
      Courses courses,
      StaffDirectory directory,
      Participants participants,
      Clock clock) {
    this.jdbc = jdbc;
    this.courses = courses;
    this.directory = directory;
    this.participants = participants;
    this.clock = clock;
  }

  /** Keeps an uploaded report for its preview; refuses what is too large or not a CSV report. */
  public String upload(Actor actor, String runId, String fileName, byte[] bytes) {
    TrainingAccess.requireManage(actor);
    courses.run(runId).orElseThrow(() -> Problem.badField("runId", "training.run.unknown"));
    if (bytes.length == 0) {
      throw Problem.badField("file", "training.import.empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw Problem.badField("file", "training.import.tooLarge", MAX_BYTES / 1024);
    }
    var name = fileName.strip().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".txt")) {
      throw Problem.badField("file", "training.import.notCsv");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw Problem.badField("file", "training.import.notText");
    }
    if (text.indexOf('\0') >= 0) {
      throw Problem.badField("file", "training.import.notText");
    }
    try {
      MoodleReport.parse(text);
    } catch (MoodleReport.Unreadable e) {
      throw Problem.badField("file", e.code());
    }
    // A working copy holds names and e-mail addresses: none is kept longer than it is needed.
    jdbc.sql("delete from training_upload where uploaded_at < ?")
        .param(Timestamp.from(clock.instant().minus(KEPT)))
        .update();
    var id = UUID.randomUUID().toString();
    var shownName = fileName.strip();
    jdbc.sql(
            "insert into training_upload (id, run_id, file_sha256, file_name, content, uploaded_by,"
                + " uploaded_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            runId,
            sha256(bytes),
            shownName.length() > 200 ? shownName.substring(0, 200) : shownName,
            text,
            actor.username(),
            Timestamp.from(clock.instant()))
        .update();
    return id;
  }

  public Preview preview(Actor actor, String uploadId) {
    TrainingAccess.requireManage(actor);
    var upload = upload(actor, uploadId);
    var run = courses.run(upload.runId()).orElseThrow();
    var rows =
        Matching.all(rows(upload), directory.all(), CompletionDates.latest(clock)).stream()
            .map(
                m ->
                    new PreviewRow(
                        m,
                        m.staff() != null
                            && participants.completion(run.id(), m.staff().id()).isPresent()))
            .toList();
    var earlier =
        jdbc.sql(
                "select imported_at, imported_by, imported from training_import"
                    + " where run_id = ? and file_sha256 = ? order by imported_at")
            .params(run.id(), upload.sha256())
            .query(
                (rs, i) ->
                    new Earlier(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getInt(3)))
            .list();
    return new Preview(upload.id(), run, upload.fileName(), rows, earlier);
  }

  /** Stores the confirmed rows (by their line in the file) that match someone. */
  @Transactional
  public Outcome confirm(Actor actor, String uploadId, Set<Integer> confirmedLines) {
    TrainingAccess.requireManage(actor);
    var preview = preview(actor, uploadId);
    for (var r : preview.errors()) {
      if (confirmedLines.contains(r.match().row().line())) {
        throw Problem.badField(
            "completedOn",
            "training.import.futureRow",
            r.match().row().line(),
            String.valueOf(r.match().row().completedOn()));
      }
    }
    var chosen =
        preview.rows().stream()
            .filter(r -> r.match().status().importable())
            .filter(r -> confirmedLines.contains(r.match().row().line()))
            .toList();
    var fresh = chosen.stream().filter(PreviewRow::importable).toList();
    int already = chosen.size() - fresh.size();
    if (fresh.isEmpty()) {
      return new Outcome(0, already);
    }
    var upload = upload(actor, uploadId);
    var importId = UUID.randomUUID().toString();
    jdbc.sql(
            "insert into training_import (id, run_id, file_sha256, file_name, row_count, imported,"
                + " imported_at, imported_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            importId,
            upload.runId(),
            upload.sha256(),
            upload.fileName(),
            preview.rows().size(),
            fresh.size(),
            Timestamp.from(clock.instant()),
            actor.username())
        .update();
    int imported = 0;
    // A row without a date completed the run by its end, or by today if the run is still going.
    var latest = CompletionDates.latest(clock);
    var undated = preview.run().endsOn().isAfter(latest) ? latest : preview.run().endsOn();
    for (var r : fresh) {
      var row = r.match().row();
      var staff = Objects.requireNonNull(r.match().staff());
      // Participants refuses a date in the future, and this whole confirmation is then undone.
      var completion =
          new Completion(
              upload.runId(),
              staff.id(),
              row.completedOn() == null ? undated : row.completedOn(),
              null,
              row.score(),
              "MOODLE");
      if (participants.complete(actor, completion, importId)) {
        imported++;
      }
    }
    return new Outcome(imported, already + fresh.size() - imported);
  }

  private Upload upload(Actor actor, String uploadId) {
    return jdbc.sql("select * from training_upload where id = ? and uploaded_by = ?")
        .params(uploadId, actor.username())
        .query(
            (rs, i) ->
                new Upload(
                    rs.getString("id"),
                    rs.getString("run_id"),
                    rs.getString("file_sha256"),
                    rs.getString("file_name"),
                    rs.getString("content")))
        .optional()
        .orElseThrow(() -> Problem.notFound("training.import.unknown"));
  }

  private static List<MoodleReport.Row> rows(Upload upload) {
    try {
      return MoodleReport.parse(upload.content());
    } catch (MoodleReport.Unreadable e) {
      throw Problem.badField("file", e.code());
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
