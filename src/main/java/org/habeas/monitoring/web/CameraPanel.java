package org.habeas.monitoring.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.habeas.custody.CustodyRecords;
import org.habeas.custody.RecordPanels;
import org.habeas.custody.RecordView;
import org.habeas.monitoring.CameraCoverage;
import org.habeas.monitoring.Finding;
import org.habeas.monitoring.Findings;
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

  private final CameraCoverage cameras;
  private final Findings findings;
  private final CustodyRecords records;

  CameraPanel(CameraCoverage cameras, Findings findings, CustodyRecords records) {
    this.cameras = cameras;
    this.findings = findings;
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
      Actor viewer, String recordId, List<CameraCoverage.Questioning> questionings) {
    var found = viewer.is(Role.MONITOR) ? findings.ofRecord(recordId) : List.<Finding>of();
    if (questionings.isEmpty() && found.isEmpty()) {
      return Optional.empty();
    }
    var model = new LinkedHashMap<String, Object>();
    model.put("questionings", questionings);
    model.put("uncovered", questionings.stream().filter(q -> !q.covered()).count());
    model.put("findings", found);
    return Optional.of(new Panel("monitoring/panel", model));
  }
}
