package org.habeas.ledger.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.habeas.ledger.CanonicalEvent;
import org.habeas.ledger.LeafCommitments;
import org.jspecify.annotations.Nullable;

/**
 * Checks the rows the pages show beside each logged stream against the events the log committed to.
 * Each of these rows is written in the transaction that logs its event, from the same values: a
 * custody record's opening row; a complaint's intake (its words and names through their digest),
 * documents and case file; a recommendation's text, statuses, progress reports, reviews and
 * verifications; a visit, its team, checklist, sample, findings, interviews, handed-over
 * allegations and evidence; a camera and its checks. A row changed, inserted or deleted behind the
 * application no longer says what its event says, and is reported as tampering by record, table and
 * column (never with the personal data it holds).
 *
 * <p>Columns that an event logged before they were committed does not cover cannot be checked; they
 * are counted and reported as notes. Read models the application rebuilds from the events ({@code
 * custody_record_view}, {@code complaint_current}) and the lookup of the parties a record names
 * ({@code custody_party}) are not history and are not checked here.
 */
final class ShownRows {

  /** A complaint's words and names, compared through the digest its lodging commits to. */
  private static final String INTAKE =
      "intake (narrative, names, contact, place, against, injuries)";

  /** A column that an event logged before it was committed does not cover. */
  private static final Object UNCOMMITTED = new Object();

  /** The case-file tables, by the kind the timeline names. */
  private static final Map<String, String> CASE_FILE =
      Map.ofEntries(
          Map.entry("acts", "casefile_act"),
          Map.entry("victims", "casefile_victim"),
          Map.entry("perpetrators", "casefile_perpetrator"),
          Map.entry("involvements", "casefile_involvement"),
          Map.entry("sources", "casefile_source"),
          Map.entry("links", "casefile_link"),
          Map.entry("examinations", "ip_examination"),
          Map.entry("conditions", "ip_conditions"),
          Map.entry("interviews", "ip_interview"),
          Map.entry("findings", "ip_finding"),
          Map.entry("interpretations", "ip_interpretation"));

  /**
   * A table the pages show: the logged stream a row belongs to ({@code stream}, an expression over
   * {@code from}), what tells its rows apart within the stream ({@code key}, or {@code null}: then
   * they are matched as a multiset), and the columns compared.
   */
  private record Table(String name, String stream, String key, String columns, String from) {

    /** The rows of some streams, as {@code stream}, {@code row_key} and the columns. */
    String select(int streams) {
      return "select "
          + stream
          + " stream, "
          + key
          + " row_key"
          + (columns.isEmpty() ? "" : ", " + columns)
          + " from "
          + from
          + " where "
          + stream
          + " in ("
          + "?, ".repeat(streams - 1)
          + "?) order by 1";
    }

    /** The streams with rows here and no logged event at all. */
    String orphans() {
      return "select distinct "
          + stream
          + " from "
          + from
          + " where "
          + stream
          + " is not null"
          + " and not exists (select 1 from custody_event x where x.record_id = "
          + stream
          + ") and not exists (select 1 from complaint_entry x where x.complaint_id = "
          + stream
          + ") and not exists (select 1 from mon_event x where x.stream_id = "
          + stream
          + ") order by 1";
    }
  }

  private static final List<Table> TABLES = tables();

  /** A row as stored, or as the log says it must be ({@code seq}: the event that wrote it). */
  private record Shown(@Nullable String key, int seq, Map<String, @Nullable Object> columns) {}

  private final Connection db;
  private final Report report;
  private final Map<String, Long> uncommitted = new TreeMap<>();
  private final Map<String, Long> unlogged = new TreeMap<>();
  private long rowsChecked;

  ShownRows(Connection db, Report report) {
    this.db = db;
    this.report = report;
  }

  /**
   * Checks the shown rows of the streams whose logged events are {@code opened}; {@code keys} are
   * their record keys, which open the keyed digests of confidential text (LeafCommitments.digest).
   */
  void check(Map<String, List<CanonicalEvent>> opened, Map<String, byte[]> keys)
      throws SQLException {
    if (opened.isEmpty()) {
      return;
    }
    Map<String, Expected> expected = new HashMap<>();
    opened.forEach((stream, events) -> expected.put(stream, Expected.of(events)));
    List<String> ids = List.copyOf(opened.keySet());
    for (Table table : TABLES) {
      Map<String, List<Shown>> stored = read(table, ids);
      for (String stream : ids) {
        Expected logged = expected.get(stream);
        List<Shown> rows = stored.getOrDefault(stream, List.of());
        byte[] key = keys.get(stream);
        if (key != null) {
          rows = rows.stream().map(row -> keyed(table.name(), row, key)).toList();
        }
        compare(
            stream,
            table.name(),
            rows,
            logged.rows.getOrDefault(table.name(), List.of()),
            logged.lenient.contains(table.name()));
      }
    }
  }

  /** Reports rows of streams that have no logged event at all, and what could not be checked. */
  void finish() throws SQLException {
    for (Table table : TABLES) {
      for (String stream : strings(table.orphans())) {
        report.tampered(
            "record "
                + stream
                + ": "
                + table.name()
                + " rows with no logged event at all (inserted behind the application)");
      }
    }
    report.ok(rowsChecked + " rows shown beside the events checked against what the log says");
    uncommitted.forEach(
        (column, rows) ->
            report.note(
                rows
                    + " rows were logged before "
                    + column
                    + " was committed: it cannot be checked there"));
    unlogged.forEach(
        (table, rows) ->
            report.note(
                rows
                    + " "
                    + table
                    + " rows were stored before such rows were logged: not checked"));
  }

  private void compare(
      String stream, String table, List<Shown> stored, List<Shown> logged, boolean lenient) {
    String at = "record " + stream + ": " + table + " row ";
    java.util.function.Function<Shown, String> which =
        row -> row.key() == null || row.key().equals(stream) ? "" : row.key() + " ";
    List<Shown> unmatchedStored = new ArrayList<>();
    List<Shown> unmatchedLogged = new ArrayList<>(logged);
    Map<String, Shown> byKey = new HashMap<>();
    for (Shown row : logged) {
      if (row.key() != null) {
        byKey.put(row.key(), row);
      }
    }
    for (Shown row : stored) {
      rowsChecked++;
      Shown match =
          row.key() != null
              ? byKey.get(row.key())
              : unmatchedLogged.stream()
                  .filter(l -> l.key() == null && differing(table, row, l, false).isEmpty())
                  .findFirst()
                  .orElse(null);
      if (match == null || !unmatchedLogged.remove(match)) {
        unmatchedStored.add(row);
        continue;
      }
      List<String> changed = differing(table, row, match, true);
      if (!changed.isEmpty()) {
        report.tampered(
            at
                + which.apply(row)
                + "changed after it was logged in seq "
                + match.seq()
                + ": "
                + String.join("; ", changed));
      }
    }
    // Rows matched as a multiset that differ: pair them in order to name what changed.
    List<Shown> unkeyedLogged =
        unmatchedLogged.stream().filter(l -> l.key() == null).collect(Collectors.toList());
    for (Shown row : List.copyOf(unmatchedStored)) {
      if (row.key() == null && !unkeyedLogged.isEmpty()) {
        Shown match = unkeyedLogged.removeFirst();
        unmatchedLogged.remove(match);
        unmatchedStored.remove(row);
        report.tampered(
            at
                + "logged in seq "
                + match.seq()
                + " changed after it was logged: "
                + String.join("; ", differing(table, row, match, true)));
      }
    }
    for (Shown row : unmatchedStored) {
      if (lenient) {
        unlogged.merge(table, 1L, Long::sum);
      } else {
        report.tampered(
            at + which.apply(row) + "is not in the log (inserted behind the application)");
      }
    }
    for (Shown row : unmatchedLogged) {
      report.tampered(
          at + which.apply(row) + "logged in seq " + row.seq() + " is missing (deleted)");
    }
  }

  /** Names the columns that differ; times with their values (they are no personal data). */
  private List<String> differing(String table, Shown stored, Shown logged, boolean count) {
    List<String> changed = new ArrayList<>();
    for (var column : logged.columns().entrySet()) {
      Object then = column.getValue();
      Object now = stored.columns().get(column.getKey());
      if (then == UNCOMMITTED) {
        if (count) {
          uncommitted.merge(table + "." + column.getKey(), 1L, Long::sum);
        }
      } else if (then instanceof Instant t && now instanceof Instant n) {
        // Databases keep microseconds, rounding the nanoseconds an event may claim.
        if (Duration.between(t, n).abs().toNanos() >= 1000) {
          changed.add(column.getKey() + " " + n + " was " + t);
        }
      } else if (!Objects.equals(text(now), text(then))) {
        changed.add(column.getKey() + " differs");
      }
    }
    return changed;
  }

  private Map<String, List<Shown>> read(Table table, List<String> ids) throws SQLException {
    Map<String, List<Shown>> rows = new HashMap<>();
    String sql = table.select(ids.size());
    try (PreparedStatement q = db.prepareStatement(sql)) {
      for (int i = 0; i < ids.size(); i++) {
        q.setString(i + 1, ids.get(i));
      }
      ResultSet rs = q.executeQuery();
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        Map<String, @Nullable Object> columns = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String name = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
          if (!name.equals("stream") && !name.equals("row_key")) {
            columns.put(
                name,
                "uuid".equalsIgnoreCase(meta.getColumnTypeName(i))
                    ? rs.getString(i)
                    : value(rs, i, meta.getColumnType(i)));
          }
        }
        rows.computeIfAbsent(rs.getString("stream"), s -> new ArrayList<>())
            .add(new Shown(rs.getString("row_key"), 0, stored(table.name(), columns)));
      }
    }
    return rows;
  }

  /**
   * What a stored row is compared as: the words and names of a complaint's intake and the notes of
   * an interview as their digests (which is what the log holds), a case-file revision as the digest
   * of its contents.
   */
  private static Map<String, @Nullable Object> stored(
      String table, Map<String, @Nullable Object> columns) {
    switch (table) {
      case "complaint" -> {
        List<String> intake =
            List.of(
                "complainant_name",
                "victim_name",
                "contact",
                "narrative",
                "place",
                "against",
                "injuries");
        // As the complaint was lodged: its fields joined by newlines, absent ones as "null".
        String text =
            intake.stream()
                .map(c -> String.valueOf(columns.get(c)))
                .collect(Collectors.joining("\n"));
        intake.forEach(columns::remove);
        columns.put(INTAKE, sha256(text.getBytes(StandardCharsets.UTF_8)));
      }
      default -> {
        if (CASE_FILE.containsValue(table)) {
          Map<String, @Nullable Object> compared = new LinkedHashMap<>();
          compared.put("recorded_by", columns.get("recorded_by"));
          compared.put("content", caseFileText(columns));
          return compared;
        }
      }
    }
    return columns;
  }

  /**
   * A case-file revision as its writer turns it into text for its keyed digest (CaseFiles): every
   * column but the row's own id, its complaint and its author, as {@code column=value} lines sorted
   * by column, absent values left out.
   */
  private static String caseFileText(Map<String, @Nullable Object> columns) {
    return new TreeMap<>(columns)
        .entrySet().stream()
            .filter(c -> c.getValue() != null)
            .filter(c -> !Set.of("id", "complaint_id", "recorded_by").contains(c.getKey()))
            .map(c -> c.getKey() + "=" + c.getValue())
            .collect(Collectors.joining("\n"));
  }

  /**
   * Replaces the confidential text of a stored row (an interview's notes, a case-file revision's
   * contents) with its keyed digest under the stream's key, which is what the log holds.
   */
  private static Shown keyed(String table, Shown row, byte[] key) {
    String column =
        table.equals("mon_interview") ? "notes" : CASE_FILE.containsValue(table) ? "content" : null;
    if (column == null || row.columns().get(column) == null) {
      return row;
    }
    Map<String, @Nullable Object> columns = new LinkedHashMap<>(row.columns());
    columns.put(column, LeafCommitments.digest(key, String.valueOf(row.columns().get(column))));
    return new Shown(row.key(), row.seq(), columns);
  }

  private static @Nullable Object value(ResultSet rs, int i, int type) throws SQLException {
    switch (type) {
      case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
        OffsetDateTime time = rs.getObject(i, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
      }
      case Types.DATE -> {
        LocalDate date = rs.getObject(i, LocalDate.class);
        return date == null ? null : date.toString();
      }
      case Types.BOOLEAN, Types.BIT -> {
        boolean value = rs.getBoolean(i);
        return rs.wasNull() ? null : Boolean.toString(value);
      }
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
        byte[] bytes = rs.getBytes(i);
        return bytes == null ? null : sha256(bytes);
      }
      default -> {
        return rs.getString(i);
      }
    }
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK must provide SHA-256", e);
    }
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement(sql)) {
      ResultSet rs = q.executeQuery();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private static List<Table> tables() {
    List<Table> tables = new ArrayList<>();
    tables.add(
        new Table(
            "custody_record",
            "t.id",
            "t.id",
            "jurisdiction, opened_at, opened_by",
            "custody_record t"));
    tables.add(
        new Table(
            "complaint",
            "t.id",
            "t.id",
            "reference, source, complainant_role, complainant_name, victim_name,"
                + " contact_preference, contact, narrative, place, facility_id, incident_date,"
                + " against, injuries, still_held, custody_record_id, custody_seq, lodged_at,"
                + " lodged_by, language",
            "complaint t"));
    tables.add(
        new Table(
            "complaint_attachment",
            "t.complaint_id",
            "t.id",
            "seq, filename, media_type, size_bytes, sha256, content, added_at, added_by",
            "complaint_attachment t"));
    for (String table : new java.util.TreeSet<>(CASE_FILE.values())) {
      tables.add(
          new Table(
              table,
              "c.complaint_id",
              "cast(c.item_id as varchar(36)) || '/' || cast(c.revision as varchar(11))",
              "c.*",
              table + " c"));
    }
    tables.add(
        new Table(
            "mon_visit",
            "t.id",
            "t.id",
            "facility_id, visit_date, announced, made, purpose, created_at, created_by",
            "mon_visit t"));
    tables.add(new Table("mon_visit_member", "t.visit_id", "t.username", "", "mon_visit_member t"));
    tables.add(
        new Table(
            "mon_answer",
            "t.visit_id",
            "null",
            "item, answer, note, answered_at, answered_by",
            "mon_answer t"));
    tables.add(
        new Table(
            "mon_sample",
            "t.visit_id",
            "t.record_id",
            "position, seed, period_from, period_to, drawn_at, drawn_by",
            "mon_sample t"));
    tables.add(
        new Table(
            "mon_finding",
            "t.visit_id",
            "t.id",
            "facility_id, text, severity, record_id, camera_id, complaint_id, recorded_at,"
                + " recorded_by",
            "mon_finding t"));
    tables.add(
        new Table(
            "mon_interview",
            "t.visit_id",
            "t.id",
            "notes, interviewed_at, recorded_by",
            "mon_interview t"));
    tables.add(
        new Table(
            "mon_complaint_link",
            "i.visit_id",
            "l.interview_id || ' ' || l.complaint_id",
            "l.linked_at, l.linked_by",
            "mon_complaint_link l join mon_interview i on i.id = l.interview_id"));
    tables.add(
        new Table(
            "mon_evidence",
            "coalesce(f.visit_id, p.rec_id)",
            "null",
            "coalesce('finding ' || e.finding_id, 'progress ' || e.progress_id) owner,"
                + " e.file_name, e.media_type, e.size_bytes, e.sha256, e.content, e.added_at,"
                + " e.added_by",
            "mon_evidence e left join mon_finding f on f.id = e.finding_id"
                + " left join mon_progress p on p.id = e.progress_id"));
    tables.add(
        new Table(
            "mon_recommendation",
            "t.id",
            "t.id",
            "source, source_document, paragraph, text_en, text_ru, text_kk, agency, deadline,"
                + " theme, affected_group, sdg_targets, facility_id, finding_id, issued_on,"
                + " created_at, created_by",
            "mon_recommendation t"));
    tables.add(
        new Table(
            "mon_rec_status",
            "t.rec_id",
            "null",
            "status, note, changed_at, changed_by",
            "mon_rec_status t"));
    tables.add(
        new Table(
            "mon_progress",
            "t.rec_id",
            "t.id",
            "actions_planned, actions_taken, proposed_status, reported_at, reported_by",
            "mon_progress t"));
    tables.add(
        new Table(
            "mon_progress_review",
            "p.rec_id",
            "r.progress_id",
            "r.accepted, r.note, r.reviewed_at, r.reviewed_by",
            "mon_progress_review r join mon_progress p on p.id = r.progress_id"));
    tables.add(
        new Table(
            "mon_verification",
            "t.rec_id",
            "null",
            "visit_id, verdict, note, verified_at, verified_by",
            "mon_verification t"));
    tables.add(
        new Table(
            "mon_camera",
            "t.id",
            "t.id",
            "facility_id, room_kind, label, added_at, added_by",
            "mon_camera t"));
    tables.add(
        new Table(
            "mon_camera_check",
            "t.camera_id",
            "null",
            "status, retention_days, visit_id, note, checked_at, checked_by",
            "mon_camera_check t"));
    return List.copyOf(tables);
  }

  /**
   * The rows one stream's logged events say the shown tables hold: the replay of the events, as the
   * application wrote the rows from the same values.
   */
  private static final class Expected {

    final Map<String, List<Shown>> rows = new HashMap<>();

    /** Tables whose rows the stream's events did not log yet when it began (see mon_answer). */
    final Set<String> lenient = new java.util.HashSet<>();

    private int sampled;

    static Expected of(List<CanonicalEvent> events) {
      Expected expected = new Expected();
      events.forEach(expected::apply);
      return expected;
    }

    private void apply(CanonicalEvent e) {
      Map<String, @Nullable Object> p = e.payload();
      String type = e.eventType();
      String id = e.recordId().toString();
      if (!type.contains(".")) {
        if (e.eventSeq() == 1) {
          row("custody_record", id, e, "opened")
              .put("jurisdiction", p.get("jurisdiction"))
              .put("opened_at", e.recordedTime() == null ? UNCOMMITTED : e.recordedTime());
        }
        return;
      }
      if (type.startsWith("casefile.")) {
        String table = CASE_FILE.get(text(p.get("kind")));
        if (table != null) {
          row(table, p.get("item") + "/" + p.get("revision"), e, null)
              .put("recorded_by", e.officerId())
              .put("content", committed(p, "contentDigest"));
        }
        return;
      }
      switch (type) {
        case "complaint.Lodged" ->
            row("complaint", id, e, "lodged")
                .payload(
                    "reference source complainantRole contactPreference facilityId incidentDate"
                        + " stillHeld custodyRecordId custodySeq")
                .put("language", committed(p, "language"))
                .put(INTAKE, p.get("intakeSha256"));
        case "complaint.DocumentAdded" ->
            row("complaint_attachment", text(p.get("attachment")), e, "added")
                .payload("filename mediaType sha256")
                .put("seq", e.eventSeq())
                .put("size_bytes", p.get("size"))
                .put("content", p.get("sha256"));
        case "monitoring.VisitPlanned", "monitoring.VisitMade" -> {
          row("mon_visit", id, e, "created")
              .payload("facilityId announced")
              .put("visit_date", p.get("date"))
              .put("made", type.equals("monitoring.VisitMade"))
              .put("purpose", committed(p, "purpose"));
          if (p.get("team") instanceof List<?> team) {
            team.forEach(member -> row("mon_visit_member", text(member), e, null));
          }
          if (!p.containsKey("purpose")) {
            lenient.add("mon_answer"); // a visit made before checklist answers were logged
          }
        }
        case "monitoring.ChecklistAnswered" ->
            row("mon_answer", null, e, "answered").payload("item answer note");
        case "monitoring.RecordsSampled" -> {
          List<?> records = p.get("records") instanceof List<?> list ? list : List.of();
          for (Object record : records) {
            row("mon_sample", text(record), e, "drawn")
                .payload("seed")
                .put("position", ++sampled)
                .put("period_from", p.get("from"))
                .put("period_to", p.get("to"));
          }
        }
        case "monitoring.FindingRecorded" -> {
          row("mon_finding", text(p.get("findingId")), e, "recorded")
              .payload("text severity recordId cameraId complaintId")
              .put("facility_id", e.station());
          evidence(e, "finding " + p.get("findingId"));
        }
        case "monitoring.InterviewHeld" ->
            row("mon_interview", text(p.get("interviewId")), e, null)
                .put("notes", committed(p, "notesDigest"))
                .put("interviewed_at", e.claimedTime())
                .put("recorded_by", e.officerId());
        case "monitoring.AllegationHandedOver" ->
            row(
                "mon_complaint_link",
                p.get("interviewId") + " " + p.get("complaintId"),
                e,
                "linked");
        case "monitoring.RecommendationIssued" -> {
          row("mon_recommendation", id, e, "created")
              .payload(
                  "source sourceDocument paragraph textEn textRu textKk agency theme affectedGroup"
                      + " findingId")
              .put("deadline", date(p.get("deadline")))
              .put("issued_on", date(p.get("issuedOn")))
              .put("sdg_targets", sdg(p.get("sdgTargets")))
              .put("facility_id", e.station().equals("monitoring") ? null : e.station());
          row("mon_rec_status", null, e, "changed").put("status", "NOT_STARTED").put("note", null);
        }
        case "monitoring.StatusChanged" ->
            row("mon_rec_status", null, e, "changed").payload("note").put("status", p.get("to"));
        case "monitoring.ProgressReported" -> {
          row("mon_progress", text(p.get("progressId")), e, "reported")
              .payload("actionsPlanned actionsTaken proposedStatus");
          evidence(e, "progress " + p.get("progressId"));
        }
        case "monitoring.ProgressReviewed" ->
            row("mon_progress_review", text(p.get("progressId")), e, "reviewed")
                .payload("accepted note");
        case "monitoring.ImplementationVerified" ->
            row("mon_verification", null, e, "verified").payload("visitId verdict note");
        case "monitoring.CameraRegistered" ->
            row("mon_camera", id, e, "added").payload("facilityId roomKind label");
        case "monitoring.CameraChecked" ->
            row("mon_camera_check", null, e, "checked")
                .payload("status retentionDays")
                .put("visit_id", blankToNull(p.get("visitId")))
                .put("note", committed(p, "note"));
        default -> {}
      }
    }

    /**
     * The evidence files of a finding or progress report: their digests, and, where the event
     * commits to them, their names, types and sizes.
     */
    private void evidence(CanonicalEvent e, String owner) {
      Map<String, @Nullable Object> p = e.payload();
      List<?> files =
          p.get("evidence") instanceof List<?> described
              ? described
              : p.get("evidenceSha256") instanceof List<?> digests ? digests : List.of();
      for (Object file : files) {
        Map<?, ?> described = file instanceof Map<?, ?> m ? m : null;
        Object sha256 = described == null ? file : described.get("sha256");
        row("mon_evidence", null, e, "added")
            .put("owner", owner)
            .put("file_name", described == null ? UNCOMMITTED : described.get("fileName"))
            .put("media_type", described == null ? UNCOMMITTED : described.get("mediaType"))
            .put("size_bytes", described == null ? UNCOMMITTED : described.get("size"))
            .put("sha256", sha256)
            .put("content", sha256);
      }
    }

    /**
     * Starts the row an event wrote to a table; {@code who} names its time and author columns
     * ({@code created} for {@code created_at} and {@code created_by}), which hold the event's time
     * and officer.
     */
    private Row row(String table, @Nullable String key, CanonicalEvent e, @Nullable String who) {
      Row row = new Row(e);
      rows.computeIfAbsent(table, t -> new ArrayList<>())
          .add(new Shown(key, (int) e.eventSeq(), row.values));
      if (who != null) {
        row.put(who + "_at", e.claimedTime()).put(who + "_by", e.officerId());
      }
      return row;
    }

    /** The columns of one expected row, filled from its event. */
    private static final class Row {
      private final Map<String, @Nullable Object> payload;
      final Map<String, @Nullable Object> values = new LinkedHashMap<>();

      Row(CanonicalEvent e) {
        this.payload = e.payload();
      }

      /** Puts a column: a time as it is, any other value as text. */
      Row put(String column, @Nullable Object value) {
        values.put(
            column,
            value == null || value == UNCOMMITTED || value instanceof Instant
                ? value
                : value.toString());
        return this;
      }

      /**
       * Puts payload fields as they are, each in the column its name gives in snake case ({@code
       * sourceDocument} in {@code source_document}); a field the payload lacks stands for null.
       */
      Row payload(String fields) {
        for (String field : fields.split(" ")) {
          put(
              field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT),
              payload.get(field));
        }
        return this;
      }
    }

    private static @Nullable Object committed(Map<String, @Nullable Object> payload, String key) {
      return payload.containsKey(key) ? payload.get(key) : UNCOMMITTED;
    }

    /** A form's date as the recommendation stores it: parsed, or null if it is none. */
    private static @Nullable String date(@Nullable Object value) {
      String text = blankToNull(value);
      try {
        return text == null ? null : LocalDate.parse(text).toString();
      } catch (DateTimeParseException e) {
        return null;
      }
    }

    /** A form's SDG targets as the recommendation stores them: each trimmed, comma-separated. */
    private static @Nullable String sdg(@Nullable Object value) {
      String text = blankToNull(value);
      return text == null
          ? null
          : Arrays.stream(text.split(",")).map(String::strip).collect(Collectors.joining(","));
    }

    private static @Nullable String blankToNull(@Nullable Object value) {
      return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
  }
}
