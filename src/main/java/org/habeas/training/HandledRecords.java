package org.habeas.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.habeas.custody.Apprehended;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.CellVisited;
import org.habeas.custody.Charged;
import org.habeas.custody.CustodyEvent;
import org.habeas.custody.CustodyEventRecorded;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.DelayAuthorised;
import org.habeas.custody.DetentionAuthorised;
import org.habeas.custody.DetentionExtended;
import org.habeas.custody.DetentionReviewed;
import org.habeas.custody.InjuryRecorded;
import org.habeas.custody.InterrogationStarted;
import org.habeas.custody.MedicalExaminationCompleted;
import org.habeas.custody.StoredEvent;
import org.habeas.system.AfterCommitFailure;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Who handled which custody record: kept from each stored event (after custody's transaction
 * commits, through Spring Modulith's event publication registry) so a person's trainings can be set
 * beside the records they handled without reading custody's tables. An event names people as text;
 * a person is found by the first word of that text (their personnel number, where forms enter
 * "number name"), by their full name, or as the user who recorded the event.
 */
@Component
public class HandledRecords {

  /** One person named by one event. */
  public record Named(String capacity, String name) {}

  /** One record a person handled, as the per-person view lists it (no detainee data). */
  public record Handled(
      String recordId, String pseudonym, String capacity, String facilityId, Instant occurredAt) {}

  /** The listener's id in the event publication registry: keep it when renaming the method. */
  static final String LISTENER = "training.note-handled";

  private final JdbcClient jdbc;
  private final CustodyRecords records;

  HandledRecords(JdbcClient jdbc, CustodyRecords records) {
    this.jdbc = jdbc;
    this.records = records;
  }

  /** The people an event names, by capacity. */
  public static List<Named> named(CustodyEvent event, @Nullable String recordedBy) {
    var out = new ArrayList<Named>();
    switch (event) {
      case InterrogationStarted e -> out.add(new Named("interrogator", e.interrogator()));
      case DetentionAuthorised e -> out.add(new Named("custody-officer", e.officer()));
      case DetentionReviewed e -> out.add(new Named("reviewer", e.reviewer()));
      case DetentionExtended e -> out.add(new Named("authoriser", e.authorisedBy()));
      case DelayAuthorised e -> out.add(new Named("authoriser", e.authorisedBy()));
      case Charged e -> out.add(new Named("charging-officer", e.chargedBy()));
      case CellVisited e -> out.add(new Named("cell-visit", e.by()));
      case MedicalExaminationCompleted e -> out.add(new Named("doctor", e.doctor()));
      case InjuryRecorded e -> out.add(new Named("injury-recorder", e.recordedBy()));
      default -> {}
    }
    if (recordedBy != null && !recordedBy.isBlank()) {
      out.add(new Named("recorder", "USER:" + recordedBy));
    }
    return out;
  }

  /** The first word of a name, as a personnel number would be given. */
  public static String head(String name) {
    var key = StaffDirectory.key(name);
    int space = key.indexOf(' ');
    return space < 0 ? key : key.substring(0, space);
  }

  /**
   * After a custody event commits, in a transaction of its own: notes who it names, where the
   * person was held then (from the history the event carries; a publication resubmitted from the
   * registry carries none and reads it through the system read). A failure leaves the publication
   * incomplete in the registry, and it is tried again; noting twice changes nothing.
   */
  @ApplicationModuleListener(id = LISTENER)
  public void on(CustodyEventRecorded recorded) {
    try {
      var history =
          recorded.carried()
              ? Objects.requireNonNull(recorded.history(), "carried")
              : records.history(recorded.recordId());
      note(recorded.recordId(), history, recorded.seq());
    } catch (RuntimeException e) {
      // A refused row's message may quote a name: the log gets the record and seq only.
      throw new AfterCommitFailure(LISTENER, recorded.recordId(), recorded.seq(), e);
    }
  }

  /**
   * Notes who the record's events name, up to and including event {@code upTo} (all of them when it
   * is {@code Integer.MAX_VALUE}), each where the person was held at the time; events already noted
   * are skipped.
   */
  void note(String recordId, List<StoredEvent> events, int upTo) {
    String facility = null;
    for (var e : events) {
      switch (e.event()) {
        case Apprehended a -> facility = a.facilityId();
        case ArrivedAtFacility a -> facility = a.facilityId();
        default -> {}
      }
      if (e.seq() > upTo) {
        break;
      }
      if (facility != null && (upTo == Integer.MAX_VALUE || e.seq() == upTo)) {
        for (var n : named(e.event(), e.recordedBy())) {
          insert(recordId, e.seq(), n, facility, e.event().occurredAt());
        }
      }
    }
  }

  /** Whether nothing has been noted yet (a database that had records before this module). */
  boolean empty() {
    return jdbc.sql("select count(*) from training_handled").query(Long.class).single() == 0;
  }

  /** Notes one capacity once: a second note of the same event and capacity changes nothing. */
  private void insert(String recordId, int seq, Named n, String facility, Instant at) {
    var key = cut(StaffDirectory.key(n.name()), 200);
    jdbc.sql(
            "insert into training_handled (record_id, seq, capacity, staff_ref, ref_key, ref_head,"
                + " facility_id, occurred_at) select ?, ?, ?, ?, ?, ?, ?, ? where not exists"
                + " (select 1 from training_handled where record_id = ? and seq = ? and capacity = ?)")
        .params(
            recordId,
            seq,
            n.capacity(),
            cut(n.name().strip(), 200),
            key,
            cut(head(n.name()), 100),
            facility,
            Timestamp.from(at),
            recordId,
            seq,
            n.capacity())
        .update();
  }

  /** The records a person handled, newest first: by personnel number, full name or sign-in. */
  public List<Handled> of(Staff s, int limit) {
    return jdbc.sql(
            "select record_id, capacity, facility_id, occurred_at from training_handled"
                + " where ref_head = :number or ref_key = :name or ref_key = :user"
                + " order by occurred_at desc limit :limit")
        .param("number", StaffDirectory.key(s.personnelNumber()))
        .param("name", StaffDirectory.key(s.fullName()))
        .param("user", s.username() == null ? "-" : StaffDirectory.key("USER:" + s.username()))
        .param("limit", limit)
        .query(
            (rs, i) ->
                new Handled(
                    rs.getString("record_id"),
                    CustodyRecords.pseudonym(rs.getString("record_id")),
                    rs.getString("capacity"),
                    rs.getString("facility_id"),
                    rs.getTimestamp("occurred_at").toInstant()))
        .list();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
