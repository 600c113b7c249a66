package org.habeas.complaints;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.habeas.complaints.Uploads.Accepted;
import org.habeas.ledger.LedgerEvent;
import org.habeas.ledger.MerkleLog;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.habeas.system.Problem;
import org.habeas.system.StreamAppends;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A complaint's timeline: its entries appended one after the other, each with its ledger commitment
 * in the caller's transaction, and the current-state projection the lists read kept in step with
 * them. Every use case that writes to a complaint writes through here.
 */
@Component
class Timeline {

  private final ComplaintStore store;
  private final AttachmentStore attachments;
  private final CurrentStore current;
  private final ComplaintDeadlines deadlines;
  private final Facilities facilities;
  private final MerkleLog ledger;
  private final Clock clock;

  Timeline(
      ComplaintStore store,
      AttachmentStore attachments,
      CurrentStore current,
      ComplaintDeadlines deadlines,
      Facilities facilities,
      MerkleLog ledger,
      Clock clock) {
    this.store = store;
    this.attachments = attachments;
    this.current = current;
    this.deadlines = deadlines;
    this.facilities = facilities;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** The complaint, or a not-found refusal. */
  StoredComplaint complaint(UUID id) {
    return store.find(id).orElseThrow(() -> Problem.notFound("complaints.notFound"));
  }

  List<ComplaintEntry> entries(UUID id) {
    return store.entries(id);
  }

  /** Now, to the millisecond the tables keep. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** The keyed digest of a complaint's text that an entry commits to (MerkleLog.digest). */
  String digest(UUID id, String text) {
    return ledger.digest(id.toString(), text);
  }

  /** Appends an entry of any type (the case file's) after the checks the caller made. */
  void record(UUID id, String actor, String type, Map<String, ?> details) {
    var c = complaint(id);
    var entries = store.entries(id);
    var s = ComplaintState.fold(entries);
    var copy = new LinkedHashMap<String, @Nullable Object>(details);
    appendAndProject(c, entries, s.lastSeq() + 1, new ComplaintEvent.Recorded(type, copy), actor);
  }

  void appendAndProject(
      StoredComplaint c,
      List<ComplaintEntry> entries,
      int seq,
      ComplaintEvent event,
      String actor) {
    var all = new ArrayList<>(entries);
    all.add(append(c, seq, event, now(), actor));
    project(c, all);
  }

  /** Keeps the document and appends the entry that says it was added. */
  ComplaintEntry attach(StoredComplaint c, int seq, Accepted f, String by) {
    var now = now();
    var a =
        new Attachment(
            UUID.randomUUID(),
            seq,
            f.filename(),
            f.mediaType(),
            f.bytes().length,
            Secrets.sha256(f.bytes()),
            now,
            by);
    attachments.attach(c.id(), a, f.bytes());
    var added =
        new ComplaintEvent.DocumentAdded(
            a.id(), a.filename(), a.mediaType(), a.sizeBytes(), a.sha256());
    return append(c, seq, added, now, by);
  }

  ComplaintEntry append(
      StoredComplaint c, int seq, ComplaintEvent event, Instant occurredAt, String actor) {
    var type = event.type();
    var details = event.details();
    var e = new ComplaintEntry(seq, type, occurredAt, now(), actor, details);
    StreamAppends.land(
        "complaints.conflict",
        () -> store.append(c.id(), e, store.detailsJson(details)),
        () ->
            ledger.commit(
                new LedgerEvent(
                    c.id().toString(),
                    seq,
                    type,
                    occurredAt,
                    e.recordedAt(),
                    c.facilityId() == null ? "complaints" : c.facilityId(),
                    actor,
                    details)));
    return e;
  }

  /** Writes the complaint's current state, due date and search text from its entries. */
  void project(StoredComplaint c, List<ComplaintEntry> entries) {
    var s = ComplaintState.fold(entries);
    var text =
        Stream.of(
                c.reference(),
                c.narrative(),
                c.place(),
                c.against(),
                c.injuries(),
                c.victimName(),
                c.complainantName(),
                c.facilityId(),
                s.category() == null ? null : s.category().name())
            .filter(x -> x != null && !x.isBlank())
            .collect(Collectors.joining(" "))
            .toLowerCase(Locale.ROOT);
    current.project(
        c.id(),
        s,
        deadlines.dueAt(c, s),
        c.facilityId(),
        c.facilityId() == null
            ? null
            : facilities.find(c.facilityId()).map(Facility::regionCode).orElse(null),
        text);
  }

  /** Projects every complaint from a person still held that is still received again. */
  void reprojectStillHeldReceived() {
    for (UUID id : current.stillHeldReceived()) {
      project(complaint(id), store.entries(id));
    }
  }
}
