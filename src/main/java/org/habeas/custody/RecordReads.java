package org.habeas.custody;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.habeas.ledger.MerkleLog;
import org.habeas.system.Actor;
import org.habeas.system.PersonalDataReads;
import org.habeas.system.PersonalDataReads.Purpose;
import org.habeas.system.Problem;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One record as the actor may see it, and what the record page offers them on it (the events they
 * may record or correct, the deadlines coming), every decision by {@link CustodyAccess}.
 */
@Component
class RecordReads {

  private static final Logger log = LoggerFactory.getLogger(RecordReads.class);

  private final RecordHistories histories;
  private final CustodyRecordViews views;
  private final CustodyAccess access;
  private final EventChecks checks;
  private final PersonalDataReads reads;
  private final MerkleLog ledger;
  private final Clock clock;

  RecordReads(
      RecordHistories histories,
      CustodyRecordViews views,
      CustodyAccess access,
      EventChecks checks,
      PersonalDataReads reads,
      MerkleLog ledger,
      Clock clock) {
    this.histories = histories;
    this.views = views;
    this.access = access;
    this.checks = checks;
    this.reads = reads;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** {@link CustodyRecords#view}. */
  @Transactional
  RecordView view(Actor actor, String recordId, @Nullable String reason) {
    var events = histories.existing(recordId);
    var state = CustodyRecord.replay(events);
    var visibility = access.visibility(actor, state);
    if (visibility == Visibility.NONE) {
      throw Problem.notFound("custody.notFound");
    }
    if (visibility == Visibility.PSEUDONYMISED && reason != null && !reason.isBlank()) {
      visibility = Visibility.FULL;
      reads.log(actor, recordId, Purpose.STATED_REASON, reason.strip());
    } else if (visibility != Visibility.PSEUDONYMISED) {
      reads.log(actor, recordId, Purpose.DUTY, null);
    }
    var facility = checks.facility(state.currentFacilityId(), "facilityId");
    var pseudonym = CustodyRecords.pseudonym(recordId);
    var shown = Redaction.eventsFor(visibility, state.events(), pseudonym);
    // The clock's limit and the deadlines as safeguards judged them: the engine is not run here.
    var kept = views.judged(recordId);
    var limit = kept.map(CustodyRecordViews.Judged::limitAt).orElse(null);
    return new RecordView(
        recordId,
        state,
        facility,
        visibility,
        switch (visibility) {
          case PSEUDONYMISED, NONE -> null;
          case MEDICAL -> Redaction.medical(state.person());
          case FULL -> state.person();
        },
        pseudonym,
        shown,
        DetentionClock.of(state, clock.instant(), facility.zone(), limit),
        state.isJuvenile(facility.zone()),
        missing(recordId, events),
        kept.map(CustodyRecordViews.Judged::judged).orElse(null));
  }

  /**
   * The events the record should have and does not (deleted behind the application's back), so that
   * no one is shown the rest as if it were whole. Logged for the administrators: the record and the
   * seqs only, nothing personal.
   */
  private List<Integer> missing(String recordId, List<StoredEvent> events) {
    var missing =
        MissingEvents.of(
            events.stream().map(StoredEvent::seq).toList(), ledger.committedSeqs(recordId));
    if (!missing.isEmpty()) {
      log.warn(
          "Custody: record {} is missing stored events {} that the log committed to",
          recordId,
          MissingEvents.shown(missing));
    }
    return missing;
  }

  /**
   * {@link CustodyRecords#copy}: refused before anything is read of the person, so that a refused
   * copy logs no read.
   */
  @Transactional
  RecordView copy(Actor actor, String recordId) {
    var state = CustodyRecord.replay(histories.existing(recordId));
    if (access.visibility(actor, state) == Visibility.NONE) {
      throw Problem.notFound("custody.notFound");
    }
    if (!access.mayGiveCopy(actor, state)) {
      throw Problem.forbidden("custody.copy.refused");
    }
    return view(actor, recordId, null);
  }

  /** {@link CustodyRecords#mayGiveCopy}. */
  boolean mayGiveCopy(Actor actor, RecordView view) {
    return access.mayGiveCopy(actor, view.state());
  }

  /** {@link CustodyRecords#recordableTypes}. */
  List<String> recordableTypes(Actor actor, RecordView view) {
    var allowed = access.recordable(actor, view.state());
    return CustodyEvent.KINDS.stream()
        .filter(allowed::contains)
        .filter(k -> k != Apprehended.class && k != Corrected.class)
        .map(Class::getSimpleName)
        .toList();
  }

  /** {@link CustodyRecords#mayCorrect}. */
  boolean mayCorrect(Actor actor, RecordView view, int seq) {
    return view.state().events().stream()
        .map(TimelineEntry::stored)
        .filter(s -> s.seq() == seq)
        .anyMatch(s -> access.mayCorrect(actor, view.state(), s));
  }

  /** {@link CustodyRecords#coming}. */
  RecordDeadlines.Coming coming(RecordView view, Locale locale) {
    if (!view.state().isHeld()) {
      return RecordDeadlines.Coming.NONE;
    }
    return RecordDeadlines.Coming.of(view.judged(), locale);
  }

  /** {@link CustodyRecords#maySee}. */
  boolean maySee(Actor actor, String recordId) {
    var events = histories.stored(recordId);
    return !events.isEmpty()
        && access.visibility(actor, CustodyRecord.replay(events)) != Visibility.NONE;
  }
}
