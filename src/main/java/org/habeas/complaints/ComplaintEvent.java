package org.habeas.complaints;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a complaint: one record per kind of entry in its timeline, so that the replay
 * ({@link ComplaintState#fold}) is an exhaustive switch rather than a match on strings.
 *
 * <p>The stored entry ({@link ComplaintEntry}: a type and a JSON object of details) stays what the
 * table keeps, the API shows and the ledger commits to. An event reads itself from an entry ({@link
 * #of}) and writes its details back key for key in the same order ({@link #details}), so the rows
 * and the commitments written before these records existed read and verify as they did. Reading is
 * lenient, as a replay of history must be: a detail an old entry lacks is null here.
 */
public sealed interface ComplaintEvent {

  /** The entry type as stored, e.g. {@code complaint.Lodged} or {@code casefile.ActRecorded}. */
  String type();

  /** The details as stored and committed, in their stored order (nulls kept). */
  Map<String, @Nullable Object> details();

  /**
   * The complaint came in. The intake's words and names stay in the complaint row; the entry
   * commits to their digest ({@code intakeSha256}).
   */
  record Lodged(
      @Nullable String reference,
      @Nullable Source source,
      @Nullable ComplainantRole complainantRole,
      @Nullable ContactPreference contactPreference,
      @Nullable String facilityId,
      @Nullable LocalDate incidentDate,
      boolean stillHeld,
      @Nullable Category category,
      @Nullable String custodyRecordId,
      @Nullable Integer custodySeq,
      @Nullable String language,
      @Nullable String intakeSha256)
      implements ComplaintEvent {

    public static final String TYPE = "complaint.Lodged";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public Map<String, @Nullable Object> details() {
      var d = new LinkedHashMap<String, @Nullable Object>();
      d.put("reference", reference);
      d.put("source", name(source));
      d.put("complainantRole", name(complainantRole));
      d.put("contactPreference", name(contactPreference));
      d.put("facilityId", facilityId);
      d.put("incidentDate", incidentDate == null ? null : incidentDate.toString());
      d.put("stillHeld", stillHeld);
      d.put("category", name(category));
      d.put("custodyRecordId", custodyRecordId);
      d.put("custodySeq", custodySeq);
      d.put("language", language);
      d.put("intakeSha256", intakeSha256);
      return d;
    }
  }

  /** Triage: the category and urgency; a received complaint becomes registered. */
  record Triaged(@Nullable Category category, boolean urgent, @Nullable String note)
      implements ComplaintEvent {

    public static final String TYPE = "complaint.Triaged";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public Map<String, @Nullable Object> details() {
      var d = new LinkedHashMap<String, @Nullable Object>();
      d.put("category", name(category));
      d.put("urgent", urgent);
      d.put("note", note);
      return d;
    }
  }

  /** The complaint's case handler (a username). */
  record Assigned(@Nullable String assignee) implements ComplaintEvent {

    public static final String TYPE = "complaint.Assigned";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public Map<String, @Nullable Object> details() {
      var d = new LinkedHashMap<String, @Nullable Object>();
      d.put("assignee", assignee);
      return d;
    }
  }

  /** A move to another status; the outcome only with closing. */
  record StatusChanged(ComplaintStatus status, @Nullable Outcome outcome, @Nullable String note)
      implements ComplaintEvent {

    public static final String TYPE = "complaint.StatusChanged";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public Map<String, @Nullable Object> details() {
      var d = new LinkedHashMap<String, @Nullable Object>();
      d.put("status", status.name());
      d.put("outcome", name(outcome));
      d.put("note", note);
      return d;
    }
  }

  /** A document kept with the complaint: the entry commits to its digest, not its bytes. */
  record DocumentAdded(
      @Nullable UUID attachment,
      @Nullable String filename,
      @Nullable String mediaType,
      long size,
      @Nullable String sha256)
      implements ComplaintEvent {

    public static final String TYPE = "complaint.DocumentAdded";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public Map<String, @Nullable Object> details() {
      var d = new LinkedHashMap<String, @Nullable Object>();
      d.put("attachment", attachment == null ? null : attachment.toString());
      d.put("filename", filename);
      d.put("mediaType", mediaType);
      d.put("size", size);
      d.put("sha256", sha256);
      return d;
    }
  }

  /**
   * An entry another part of the complaint's file wrote (the case file, the Istanbul Protocol
   * documentation: {@code casefile.*}); the complaint's state does not depend on it, so its details
   * stay as that part wrote them.
   */
  record Recorded(String type, Map<String, @Nullable Object> details) implements ComplaintEvent {

    private static final Set<String> COMPLAINTS_OWN =
        Set.of(Lodged.TYPE, Triaged.TYPE, Assigned.TYPE, StatusChanged.TYPE, DocumentAdded.TYPE);

    public Recorded {
      if (COMPLAINTS_OWN.contains(type)) {
        throw new IllegalArgumentException("a complaint's own entry has its own record: " + type);
      }
      details = new LinkedHashMap<>(details);
    }

    @Override
    public Map<String, @Nullable Object> details() {
      return new LinkedHashMap<>(details);
    }
  }

  /** The event a stored entry records. */
  static ComplaintEvent of(ComplaintEntry e) {
    return switch (e.type()) {
      case Lodged.TYPE ->
          new Lodged(
              e.text("reference"),
              parse(Source.class, e.text("source")),
              parse(ComplainantRole.class, e.text("complainantRole")),
              parse(ContactPreference.class, e.text("contactPreference")),
              e.text("facilityId"),
              e.text("incidentDate") == null ? null : LocalDate.parse(e.text("incidentDate")),
              Boolean.TRUE.equals(e.details().get("stillHeld")),
              parse(Category.class, e.text("category")),
              e.text("custodyRecordId"),
              e.details().get("custodySeq") instanceof Number n ? n.intValue() : null,
              e.text("language"),
              e.text("intakeSha256"));
      case Triaged.TYPE ->
          new Triaged(
              parse(Category.class, e.text("category")),
              Boolean.TRUE.equals(e.details().get("urgent")),
              e.text("note"));
      case Assigned.TYPE -> new Assigned(e.text("assignee"));
      case StatusChanged.TYPE ->
          new StatusChanged(
              ComplaintStatus.valueOf(String.valueOf(e.text("status"))),
              parse(Outcome.class, e.text("outcome")),
              e.text("note"));
      case DocumentAdded.TYPE ->
          new DocumentAdded(
              e.text("attachment") == null ? null : UUID.fromString(e.text("attachment")),
              e.text("filename"),
              e.text("mediaType"),
              e.details().get("size") instanceof Number n ? n.longValue() : 0,
              e.text("sha256"));
      default -> new Recorded(e.type(), e.details());
    };
  }

  private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
    return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
  }

  private static @Nullable String name(@Nullable Enum<?> e) {
    return e == null ? null : e.name();
  }
}
