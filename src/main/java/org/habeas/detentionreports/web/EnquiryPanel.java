package org.habeas.detentionreports.web;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.habeas.custody.RecordPanels;
import org.habeas.custody.RecordView;
import org.habeas.detentionreports.DetentionLookup;
import org.habeas.system.Actor;
import org.springframework.stereotype.Component;

/**
 * The record page's panel of who asked the public lookup about the person, and when: the public, or
 * a lawyer with their bar number, and whether they were told. Custody asks for it after checking
 * that the viewer may see the record (the person's lawyer, monitors, the custody officers), so the
 * lawyer can show the person who asked about them. The person's own copy of the record carries it
 * too ({@link #onCopy}): they see who asked where they are.
 */
@Component
class EnquiryPanel implements RecordPanels {

  private final DetentionLookup lookup;

  EnquiryPanel(DetentionLookup lookup) {
    this.lookup = lookup;
  }

  @Override
  public Optional<Panel> panel(Actor viewer, String recordId, Instant now) {
    var asked = lookup.askedAbout(recordId);
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Panel("detentionreports/enquiries", Map.of("asked", asked)));
  }

  @Override
  public Optional<Panel> onCopy(Actor viewer, RecordView view, Instant now) {
    return panel(viewer, view.id(), now);
  }
}
