package org.habeas.field.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;
import org.habeas.custody.RecordPanels;
import org.habeas.field.FieldRegistrations;
import org.habeas.system.Actor;
import org.habeas.system.Facilities;
import org.habeas.system.Facility;
import org.springframework.stereotype.Component;

/**
 * The record page's panel for a record opened from a field registration: when the officer captured
 * the apprehension, when the server received it (the gap), and how long after the apprehension and
 * the capture the record was opened. Nothing personal; custody asks only once it has checked the
 * viewer may see the record.
 */
@Component
class FieldPanel implements RecordPanels {

  private final FieldRegistrations registrations;
  private final Facilities facilities;

  FieldPanel(FieldRegistrations registrations, Facilities facilities) {
    this.registrations = registrations;
    this.facilities = facilities;
  }

  @Override
  public Optional<Panel> panel(Actor viewer, String recordId, Instant now) {
    return registrations
        .origin(recordId)
        .map(
            o -> {
              var model = new LinkedHashMap<String, Object>();
              model.put("origin", o);
              model.put("pseudonym", FieldRegistrations.pseudonym(o.registrationId()));
              model.put("gap", Duration.ofSeconds(Math.abs(o.gapSeconds())));
              model.put("clockAhead", o.gapSeconds() < 0);
              model.put(
                  "afterApprehension",
                  Duration.ofSeconds(Math.max(0, o.openedAfterApprehensionSeconds())));
              model.put(
                  "afterCapture", Duration.ofSeconds(Math.max(0, o.openedAfterCaptureSeconds())));
              model.put("zone", zone(o.registrationId()));
              model.put("linked", registrations.maySee(viewer, o.registrationId()));
              return new Panel("field/panel", model);
            });
  }

  private ZoneId zone(UUID registrationId) {
    return registrations
        .destination(registrationId)
        .flatMap(facilities::find)
        .map(Facility::zone)
        .orElse(ZoneId.of("UTC"));
  }
}
