package org.habeas.monitoring.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordPanels;
import org.habeas.custody.RecordView;
import org.habeas.monitoring.Cameras;
import org.habeas.monitoring.Visits;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.springframework.stereotype.Component;

/**
 * The record page's video panel: each questioning of the record, flagged where no working
 * interrogation-room camera covered the facility at the time; for monitors, the visit findings that
 * name the record. Custody asks only once it has checked the viewer may see the record.
 */
@Component
class CameraPanel implements RecordPanels {

  private final Cameras cameras;
  private final Visits visits;
  private final CustodyRecords records;

  CameraPanel(Cameras cameras, Visits visits, CustodyRecords records) {
    this.cameras = cameras;
    this.visits = visits;
    this.records = records;
  }

  @Override
  public Optional<Panel> panel(Actor viewer, String recordId, Instant now) {
    return panel(viewer, recordId, cameras.questionings(recordId));
  }

  /**
   * The panel of the record the page has read: its questionings from its events, not read again.
   */
  @Override
  public Optional<Panel> panel(Actor viewer, RecordView view, Instant now) {
    return panel(viewer, view.id(), cameras.questionings(view.id(), records.history(view)));
  }

  private Optional<Panel> panel(
      Actor viewer, String recordId, java.util.List<Cameras.Questioning> questionings) {
    var findings =
        viewer.is(Role.MONITOR) ? visits.findingsOfRecord(recordId) : java.util.List.of();
    if (questionings.isEmpty() && findings.isEmpty()) {
      return Optional.empty();
    }
    var model = new LinkedHashMap<String, Object>();
    model.put("questionings", questionings);
    model.put("uncovered", questionings.stream().filter(q -> !q.covered()).count());
    model.put("findings", findings);
    return Optional.of(new Panel("monitoring/panel", model));
  }
}
