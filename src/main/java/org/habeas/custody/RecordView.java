package org.habeas.custody;

import java.util.List;
import org.habeas.system.Facility;
import org.jspecify.annotations.Nullable;

/**
 * A custody record as one viewer may see it: the person (or a pseudonym), the events they may see,
 * the state and the detention clock.
 *
 * @param missingEvents the seqs of events the record should have and are not stored (deleted behind
 *     the application's back): the record is then shown with a warning, never as whole
 * @param judged what safeguards last judged of the record (kept in custody's read model), or null
 */
public record RecordView(
    String id,
    CustodyRecord state,
    Facility facility,
    Visibility visibility,
    @Nullable Person person,
    String pseudonym,
    List<TimelineEntry> events,
    DetentionClock clock,
    boolean juvenile,
    List<Integer> missingEvents,
    @Nullable RecordJudged judged) {

  public RecordView {
    missingEvents = List.copyOf(missingEvents);
  }

  /** Whether stored events are missing, so the record as shown is incomplete. */
  public boolean incomplete() {
    return !missingEvents.isEmpty();
  }

  /** The missing seqs as one text, e.g. {@code 3, 5}. */
  public String missingEventsShown() {
    return MissingEvents.shown(missingEvents);
  }

  public boolean personShown() {
    return person != null;
  }

  /**
   * Whether the event is shown exactly as stored, so that its receipt (whose opening is the event
   * as stored, and cannot be redacted without breaking its proof) may go to this viewer: for a
   * doctor, the medical events but not the opening, which they see without its grounds.
   */
  public boolean shownWhole(int seq) {
    return switch (visibility) {
      case FULL -> events.stream().anyMatch(e -> e.stored().seq() == seq);
      case MEDICAL ->
          events.stream()
              .anyMatch(e -> e.stored().seq() == seq && !Redaction.isOpening(e.stored()));
      case PSEUDONYMISED, NONE -> false;
    };
  }

  public long lateEntries() {
    return events.stream().filter(e -> e.stored().lateEntry()).count();
  }
}
