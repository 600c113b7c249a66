package org.habeas.custody;

import java.util.List;
import org.habeas.system.Facility;
import org.jspecify.annotations.Nullable;

/**
 * A custody record as one viewer may see it: the person (or a pseudonym), the events they may see,
 * the state and the detention clock.
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
    boolean juvenile) {

  public boolean personShown() {
    return person != null;
  }

  public long lateEntries() {
    return events.stream().filter(e -> e.stored().lateEntry()).count();
  }
}
