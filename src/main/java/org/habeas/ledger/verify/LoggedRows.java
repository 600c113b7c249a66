package org.habeas.ledger.verify;

import static org.habeas.ledger.verify.Shown.UNCOMMITTED;
import static org.habeas.ledger.verify.Shown.text;
import static org.habeas.ledger.verify.ShownTables.CASE_FILE;
import static org.habeas.ledger.verify.ShownTables.INTAKE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.habeas.ledger.CanonicalEvent;
import org.jspecify.annotations.Nullable;

/**
 * The rows one stream's logged events say the shown tables hold: the replay of the events, as the
 * application wrote the rows from the same values.
 */
final class LoggedRows {

  final Map<String, List<Shown>> rows = new HashMap<>();

  /** Tables whose rows the stream's events did not log yet when it began (see mon_answer). */
  final Set<String> lenient = new HashSet<>();

  private int sampled;

  static LoggedRows of(List<CanonicalEvent> events) {
    LoggedRows expected = new LoggedRows();
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
          row("mon_complaint_link", p.get("interviewId") + " " + p.get("complaintId"), e, "linked");
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
   * The evidence files of a finding or progress report: their digests, and, where the event commits
   * to them, their names, types and sizes.
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
   * Starts the row an event wrote to a table; {@code who} names its time and author columns ({@code
   * created} for {@code created_at} and {@code created_by}), which hold the event's time and
   * officer.
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
        put(field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT), payload.get(field));
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
