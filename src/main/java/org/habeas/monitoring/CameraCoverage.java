package org.habeas.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.habeas.custody.Apprehended;
import org.habeas.custody.ArrivedAtFacility;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.InterrogationStarted;
import org.habeas.custody.RecordFilter;
import org.habeas.custody.StoredEvent;
import org.habeas.custody.Transferred;
import org.habeas.system.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Which questionings took place while the facility had no working camera in an interrogation room.
 *
 * <p>Simplification: a custody event does not name the room a questioning took place in ({@code
 * InterrogationStarted} has no room), so a questioning counts as covered when, at its start, at
 * least one interrogation-room camera of the facility the person was held at was working.
 */
@Service
public class CameraCoverage {

  /**
   * A questioning and whether a working interrogation-room camera covered it.
   *
   * @param registered whether the facility had any interrogation-room camera on the register then
   */
  public record Questioning(
      String recordId,
      int seq,
      Instant startedAt,
      String facilityId,
      boolean covered,
      boolean registered) {}

  private static final int BATCH = 500;

  private final CameraStore store;
  private final CustodyRecords records;

  CameraCoverage(CameraStore store, CustodyRecords records) {
    this.store = store;
    this.records = records;
  }

  /**
   * Whether a working interrogation-room camera covered the facility at {@code at}: the key is
   * whether any such camera was registered by then, the value whether one of them was working.
   */
  public Map.Entry<Boolean, Boolean> coverage(String facilityId, Instant at) {
    var states = store.interrogationStatesAt(facilityId, at);
    return Map.entry(!states.isEmpty(), states.contains("working"));
  }

  /** Every questioning of a record with its camera coverage (no access check: no personal data). */
  public List<Questioning> questionings(String recordId) {
    return questionings(recordId, records.history(recordId));
  }

  /**
   * As {@link #questionings(String)}, for a record whose events (system form) the caller has read
   * already: the record page.
   */
  public List<Questioning> questionings(String recordId, List<StoredEvent> history) {
    var out = new ArrayList<Questioning>();
    String facility = null;
    var events = new ArrayList<StoredEvent>(history);
    events.sort(Comparator.comparing((StoredEvent e) -> e.event().occurredAt()));
    for (var e : events) {
      switch (e.event()) {
        case Apprehended a -> facility = a.facilityId();
        case ArrivedAtFacility a -> facility = a.facilityId();
        case Transferred t -> facility = t.toFacilityId();
        case InterrogationStarted q -> {
          if (facility != null) {
            var c = coverage(facility, q.occurredAt());
            out.add(
                new Questioning(
                    recordId, e.seq(), q.occurredAt(), facility, c.getValue(), c.getKey()));
          }
        }
        default -> {}
      }
    }
    return out;
  }

  /**
   * Questionings that no working interrogation-room camera covered, at one facility (or all the
   * actor may list) between two instants; for the statistics module.
   */
  public List<Questioning> uncoveredQuestionings(
      Actor actor, @Nullable String facilityId, Instant from, Instant to) {
    var out = new ArrayList<Questioning>();
    var filter = new RecordFilter(facilityId, null, null, "apprehended");
    for (int page = 0; ; page++) {
      var batch = records.list(actor, filter, page, BATCH);
      for (var r : batch) {
        if (r.apprehendedAt().isBefore(to)
            && (r.closedAt() == null || !r.closedAt().isBefore(from))) {
          for (var q : questionings(r.id())) {
            if (!q.covered() && !q.startedAt().isBefore(from) && q.startedAt().isBefore(to)) {
              out.add(q);
            }
          }
        }
      }
      if (batch.size() < BATCH) {
        break;
      }
    }
    return out;
  }
}
