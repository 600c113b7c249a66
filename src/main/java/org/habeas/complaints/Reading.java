package org.habeas.complaints;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.habeas.system.Actor;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.PersonalDataReads.Purpose;
import org.habeas.system.PlainText;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a complaint as the reader may: in full, or with its people pseudonymised unless a monitor
 * states a reason; its documents; its likely duplicates. Every showing of personal data is logged.
 */
@Service
public class Reading {

  private final ComplaintStore store;
  private final AttachmentStore attachments;
  private final ComplaintAccess access;
  private final ComplaintSettings settings;
  private final ComplaintDeadlines deadlines;
  private final PersonalDataReads reads;
  private final Clock clock;

  Reading(
      ComplaintStore store,
      AttachmentStore attachments,
      ComplaintAccess access,
      ComplaintSettings settings,
      ComplaintDeadlines deadlines,
      PersonalDataReads reads,
      Clock clock) {
    this.store = store;
    this.attachments = attachments;
    this.access = access;
    this.settings = settings;
    this.deadlines = deadlines;
    this.reads = reads;
    this.clock = clock;
  }

  /**
   * The complaint as the reader may see it; a monitor sees names with a stated reason. Every
   * showing of personal data is logged.
   */
  @Transactional
  public ComplaintView view(Actor actor, UUID id, @Nullable String reason) {
    var c = complaint(id);
    var entries = store.entries(id);
    var s = ComplaintState.fold(entries);
    var visibility = access.visibility(actor, c, s);
    if (visibility == ComplaintAccess.Visibility.NONE) {
      throw Problem.notFound("complaints.notFound");
    }
    PlainText.checked("reason", reason);
    if (visibility == ComplaintAccess.Visibility.PSEUDONYMISED
        && reason != null
        && !reason.isBlank()) {
      visibility = ComplaintAccess.Visibility.FULL;
      reads.log(actor, id.toString(), Purpose.STATED_REASON, reason.strip());
    } else if (visibility == ComplaintAccess.Visibility.FULL) {
      reads.log(actor, id.toString(), Purpose.DUTY, null);
    }
    boolean pseudo = visibility == ComplaintAccess.Visibility.PSEUDONYMISED;
    var rules = deadlines.of(c);
    var due = rules.dueAt(s, c.stillHeld());
    var next =
        Arrays.stream(ComplaintStatus.values())
            .filter(s.status()::mayMoveTo)
            .filter(n -> access.mayMove(actor, c, s, n))
            .toList();
    return new ComplaintView(
        pseudo ? c.pseudonymised(pseudonym(id)) : c,
        s,
        entries,
        pseudo,
        pseudonym(id),
        due,
        rules.level(due, clock.instant()),
        attachments.attachments(id),
        duplicates(actor, c),
        access.mayHandle(actor, s),
        next,
        c.facilityId() == null ? null : access.region(c));
  }

  /** A document's bytes, if the reader may see the complaint in full. */
  @Transactional
  public Optional<Map.Entry<Attachment, byte[]>> document(Actor actor, UUID id, UUID attachment) {
    var c = complaint(id);
    var s = ComplaintState.fold(store.entries(id));
    if (access.visibility(actor, c, s) == ComplaintAccess.Visibility.NONE) {
      throw Problem.notFound("complaints.notFound");
    }
    var a = attachments.attachments(id).stream().filter(x -> x.id().equals(attachment)).findFirst();
    if (a.isEmpty()) {
      return Optional.empty();
    }
    reads.log(actor, id.toString(), Purpose.DUTY, "document " + attachment);
    return attachments.content(id, attachment).map(bytes -> Map.entry(a.get(), bytes));
  }

  /** The complaint's reference, status and links, if the actor may see it at all. */
  Optional<ComplaintRef> ref(Actor actor, UUID id) {
    var c = store.find(id);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    var s = ComplaintState.fold(store.entries(id));
    if (access.visibility(actor, c.get(), s) == ComplaintAccess.Visibility.NONE) {
      return Optional.empty();
    }
    return Optional.of(ref(c.get(), s));
  }

  boolean mayHandle(Actor actor, UUID id) {
    var c = store.find(id);
    if (c.isEmpty()) {
      return false;
    }
    var s = ComplaintState.fold(store.entries(id));
    return access.mayHandle(actor, s)
        && access.visibility(actor, c.get(), s) != ComplaintAccess.Visibility.NONE;
  }

  /** The stand-in for the people named in a complaint. */
  public static String pseudonym(UUID id) {
    return "P-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private static ComplaintRef ref(StoredComplaint c, ComplaintState s) {
    return new ComplaintRef(
        c.id(), c.reference(), s.status().name(), c.facilityId(), c.custodyRecordId());
  }

  private List<ComplaintRef> duplicates(Actor actor, StoredComplaint c) {
    var window = settings.duplicateWindow();
    var me =
        new Duplicates.Candidate(
            c.id().toString(), c.victimName(), c.facilityId(), c.custodyRecordId(), c.lodgedAt());
    var found = new ArrayList<ComplaintRef>();
    for (var other :
        store.near(
            c.facilityId(),
            c.custodyRecordId(),
            c.lodgedAt().minus(window),
            c.lodgedAt().plus(window))) {
      var them =
          new Duplicates.Candidate(
              other.id().toString(),
              other.victimName(),
              other.facilityId(),
              other.custodyRecordId(),
              other.lodgedAt());
      if (Duplicates.likely(me, them, window)) {
        var s = ComplaintState.fold(store.entries(other.id()));
        if (access.visibility(actor, other, s) != ComplaintAccess.Visibility.NONE) {
          found.add(ref(other, s));
        }
      }
    }
    return found;
  }

  private StoredComplaint complaint(UUID id) {
    return store.find(id).orElseThrow(() -> Problem.notFound("complaints.notFound"));
  }
}
