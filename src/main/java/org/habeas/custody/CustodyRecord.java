package org.habeas.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.SequencedSet;
import org.jspecify.annotations.Nullable;

/**
 * The state of one custody record, folded from its events in the order they happened.
 *
 * <p>A late-typed paper entry counts where its {@code occurredAt} puts it, not where it was stored;
 * a corrected event counts as its correction says.
 *
 * @param apprehendedAt the moment of actual apprehension
 * @param person the person held
 * @param jurisdiction the legal order whose safeguards apply
 * @param currentFacilityId where the person is, or is being taken
 * @param atCurrentFacility whether the person has arrived there, rather than being on the way
 * @param holdingFacilityId the facility answerable for the person: where they are; before their
 *     first arrival, the facility the apprehension names (it opened the record); while a transfer
 *     is under way, the facility that sent them, which hands them over only on arrival. Who may
 *     write to the record follows from it ({@code CustodyAccess})
 * @param facilitiesVisited every facility the record has taken the person to, in order
 * @param arrivedAt the first arrival at a facility (PACE's relevant time starts there)
 * @param status whether the person is still held under this record
 * @param closedAt when the person was released or handed over to a remand prison
 * @param released whether the person was released
 * @param remandOrdered whether a court ordered remand in custody
 * @param interrogationInProgress whether a questioning has started and not ended
 * @param interrogationStartedAt when the questioning in progress started
 * @param extendedUntil the latest moment to hold the person set by the last detention extension
 * @param lawyers lawyers requested, notified or arrived, by name, in order of first mention
 * @param interrogators the people who questioned the person, in order of first questioning
 * @param lastSeq the highest seq stored, corrections included
 * @param events every stored event in timeline order, corrections included and superseded ones
 *     marked; filled by {@link #replay}, left as it was by {@link #evolve}
 * @param remandArrivedAt when the remand prison the person was handed over to recorded their
 *     arrival, which continues the record in its remand phase (issue 16); null for a record that
 *     never reached one. Police custody still ends at the hand-over ({@link #closedAt}), so the
 *     police safeguards are judged up to it as before
 * @param remandEndedAt when the remand phase ended: the person was released from the remand prison
 *     or transferred on from it; null while it lasts or if there is none
 */
public record CustodyRecord(
    Instant apprehendedAt,
    Person person,
    Jurisdiction jurisdiction,
    String currentFacilityId,
    boolean atCurrentFacility,
    String holdingFacilityId,
    SequencedSet<String> facilitiesVisited,
    @Nullable Instant arrivedAt,
    RecordStatus status,
    @Nullable Instant closedAt,
    boolean released,
    boolean remandOrdered,
    boolean interrogationInProgress,
    @Nullable Instant interrogationStartedAt,
    @Nullable Instant extendedUntil,
    SequencedSet<String> lawyers,
    SequencedSet<String> interrogators,
    int lastSeq,
    List<TimelineEntry> events,
    @Nullable Instant remandArrivedAt,
    @Nullable Instant remandEndedAt) {

  /**
   * The state of a record with the given stored events, in any order.
   *
   * @throws IllegalArgumentException if there are no events, or the earliest is not an apprehension
   */
  public static CustodyRecord replay(List<StoredEvent> events) {
    CustodyRecord state = null;
    for (StoredEvent e : Timeline.effective(events)) {
      state = evolve(state, e);
    }
    if (state == null) {
      throw new IllegalArgumentException("a custody record has at least its Apprehended event");
    }
    RecordDraft draft = new RecordDraft(state);
    draft.lastSeq = events.stream().mapToInt(StoredEvent::seq).max().orElseThrow();
    draft.events = Timeline.entries(events);
    return draft.build();
  }

  /**
   * Checks that {@code candidate} fits the record, and returns the state it would leave.
   *
   * <p>The candidate is given seq {@code lastSeq + 1} and {@code recordedAt = now}, placed by its
   * {@code occurredAt}, and the whole timeline is checked again with it in place. Nothing is stored
   * here.
   *
   * @throws CustodyRuleViolation if the candidate contradicts the record
   */
  public static CustodyRecord checkAppend(
      List<StoredEvent> existing, CustodyEvent candidate, Instant now) {
    return AppendCheck.check(existing, candidate, now);
  }

  /**
   * The state after one more event, in timeline order; {@code null} is the state before any.
   *
   * <p>Pure: it neither checks the event (see {@link #checkAppend}) nor resolves corrections (see
   * {@link #replay}); a {@link Corrected} passed here only counts towards {@link #lastSeq}.
   *
   * @throws IllegalArgumentException if the first event is not an {@link Apprehended}
   */
  public static CustodyRecord evolve(@Nullable CustodyRecord state, StoredEvent stored) {
    if (state == null) {
      if (!(stored.event() instanceof Apprehended a)) {
        throw new IllegalArgumentException(
            "a custody record starts with Apprehended, not " + stored.type());
      }
      return RecordDraft.opened(a, stored.seq());
    }
    RecordDraft d = new RecordDraft(state);
    d.lastSeq = Math.max(d.lastSeq, stored.seq());
    switch (stored.event()) {
      case Apprehended a -> {
        // Only a correction brings a second one this far: its details replace the first's.
        d.apprehendedAt = a.occurredAt();
        d.person = a.person();
        d.jurisdiction = a.jurisdiction();
      }
      case ArrivedAtFacility a -> {
        if (state.awaitsRemandArrival(a)) {
          d.remandArrivedAt = a.occurredAt();
          d.status = RecordStatus.REMANDED;
        }
        d.moveTo(a.facilityId(), true);
        d.holdingFacilityId = a.facilityId();
        d.arrivedAt = d.arrivedAt == null ? a.occurredAt() : d.arrivedAt;
      }
      case Transferred t -> {
        d.moveTo(t.toFacilityId(), false);
        if (d.status == RecordStatus.REMANDED) {
          // Moved on from the remand prison: this record ends there.
          d.endRemand(t.occurredAt());
        } else if (d.remandOrdered) {
          d.close(t.occurredAt());
        }
      }
      case Released r -> {
        d.released = true;
        if (d.status == RecordStatus.REMANDED) {
          d.endRemand(r.occurredAt());
        }
        d.close(r.occurredAt());
      }
      case RemandOrdered r -> d.remandOrdered = true;
      case DetentionExtended x -> d.extendedUntil = x.until();
      case LawyerRequested l -> d.lawyers.add(l.lawyer());
      case LawyerNotified l -> d.lawyers.add(l.lawyer());
      case LawyerArrived l -> d.lawyers.add(l.lawyer());
      case InterrogationStarted i -> {
        d.interrogationInProgress = true;
        d.interrogationStartedAt = i.occurredAt();
        d.interrogators.add(i.interrogator());
      }
      case InterrogationEnded x -> {
        d.interrogationInProgress = false;
        d.interrogationStartedAt = null;
      }
      default -> {
        // The other events matter to the safeguards engine, not to the record's own state.
      }
    }
    return d.build();
  }

  /** Whether the person was under 18 on the day of apprehension, counted in the given zone. */
  public boolean isJuvenile(ZoneId zone) {
    return person.isJuvenileOn(LocalDate.ofInstant(apprehendedAt, zone));
  }

  /**
   * Whether the person is still in police custody under this record. A record continued at a remand
   * prison is not: police custody ended at the hand-over (see {@link #isHeld}).
   */
  public boolean isOpen() {
    return status == RecordStatus.OPEN;
  }

  /** Whether the person is still held under this record, in police custody or on remand. */
  public boolean isHeld() {
    return status == RecordStatus.OPEN || status == RecordStatus.REMANDED;
  }

  /** The phase the record is in: police custody, or remand after the arrival at a remand prison. */
  public CustodyPhase phase() {
    return remandArrivedAt == null ? CustodyPhase.POLICE : CustodyPhase.REMAND;
  }

  /**
   * Whether the person was handed over to a remand prison after a remand order and that prison has
   * not yet recorded their arrival: the record is closed as before issue 16, and only that arrival
   * continues it.
   */
  public boolean handedOverToRemand() {
    return status == RecordStatus.CLOSED
        && !released
        && remandOrdered
        && remandArrivedAt == null
        && closedAt != null;
  }

  /**
   * Whether the arrival continues the record at the remand prison: it follows the hand-over (later
   * than it: an arrival the same minute is a paper entry of the hand-over, as before) and names the
   * facility the person was handed over to.
   */
  boolean awaitsRemandArrival(ArrivedAtFacility a) {
    return handedOverToRemand()
        && !atCurrentFacility
        && a.facilityId().equals(currentFacilityId)
        && a.occurredAt().isAfter(Objects.requireNonNull(closedAt));
  }

  /**
   * The phase an event belongs to, by when it happened (a correction by its replacement's time):
   * from the arrival at the remand prison on, the remand phase; before it, police custody.
   */
  public CustodyPhase phaseOf(StoredEvent s) {
    var e = s.event() instanceof Corrected c ? c.replacement() : s.event();
    return remandArrivedAt == null || e.occurredAt().isBefore(remandArrivedAt)
        ? CustodyPhase.POLICE
        : CustodyPhase.REMAND;
  }

  /** Whether the event is the arrival at the remand prison that began the remand phase. */
  public boolean isRemandArrival(StoredEvent s) {
    return remandArrivedAt != null
        && s.event() instanceof ArrivedAtFacility a
        && a.occurredAt().equals(remandArrivedAt);
  }

  /** When the person stopped being held under this record: the end of remand, else closing. */
  public @Nullable Instant endedAt() {
    return remandArrivedAt != null ? remandEndedAt : closedAt;
  }

  /** The stored event with the given seq, as stored (corrections do not change it). */
  public StoredEvent event(int seq) {
    return events.stream()
        .map(TimelineEntry::stored)
        .filter(s -> s.seq() == seq)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no event " + seq));
  }
}
