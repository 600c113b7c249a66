package org.habeas.custody;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.habeas.system.Actor;

/**
 * Panels other modules add to the record page (e.g. the safeguards' obligations), without custody
 * depending on them: each gives a Thymeleaf fragment and the model it renders. The page asks only
 * after custody has checked that the viewer may see the record.
 */
public interface RecordPanels {

  /**
   * One panel of the record page.
   *
   * @param template the template holding the fragment, e.g. {@code safeguards/panel}; the fragment
   *     is called {@code panel} and takes the model as its one parameter {@code p}
   * @param model what the fragment shows
   */
  record Panel(String template, Map<String, Object> model) {}

  /** The panel for a record the viewer may see, at {@code now}; empty for none. */
  Optional<Panel> panel(Actor viewer, String recordId, Instant now);

  /**
   * The panel for the record the page shows, which custody has already read: a panel that needs the
   * record's events takes them from the view ({@code CustodyRecords.history(RecordView)}) rather
   * than reading them again. By default, {@link #panel(Actor, String, Instant)}.
   */
  default Optional<Panel> panel(Actor viewer, RecordView view, Instant now) {
    return panel(viewer, view.id(), now);
  }

  /**
   * The panel's part of the detained person's own copy of the record ({@code /custody/{id}/copy},
   * issue 19), rendered in the copy's language: only what the person may read of their own record
   * (who asked the public lookup where they are, for one). By default none.
   */
  default Optional<Panel> onCopy(Actor viewer, RecordView view, Instant now) {
    return Optional.empty();
  }
}
