package org.habeas.detentionreports.web;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;
import org.habeas.custody.RecordPanels;
import org.habeas.detentionreports.DetentionReports;
import org.habeas.system.Actor;
import org.springframework.stereotype.Component;

/**
 * The record page's panel of the reports of a detention this record acknowledged: when each was
 * made and how late the record was opened against it and against the registration limit. Custody
 * asks for it after checking that the viewer may see the record; the report's own page is linked
 * only for those who may see it.
 */
@Component
class ReportPanel implements RecordPanels {

  private final DetentionReports reports;

  ReportPanel(DetentionReports reports) {
    this.reports = reports;
  }

  @Override
  public Optional<Panel> panel(Actor viewer, String recordId, Instant now) {
    var found = reports.acknowledgedBy(recordId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    var model = new LinkedHashMap<String, Object>();
    model.put("reports", found);
    var linked = new HashSet<UUID>();
    found.forEach(
        r -> {
          if (reports.maySee(viewer, r.id())) {
            linked.add(r.id());
          }
        });
    model.put("linked", linked);
    return Optional.of(new Panel("detentionreports/panel", model));
  }
}
