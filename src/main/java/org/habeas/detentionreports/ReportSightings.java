package org.habeas.detentionreports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.habeas.custody.PersonKeys;
import org.habeas.overview.DetentionSources;
import org.habeas.overview.Sighting;
import org.habeas.overview.Sighting.SourceKind;
import org.habeas.system.Actor;
import org.springframework.stereotype.Component;

/**
 * The reports of a detention as a source of the overview's matching: each report made, or saying
 * the person is held, since the instant, keyed on the person it names (opened from the sealed
 * report, never shown). The link to the report is given to whoever may see it.
 */
@Component
class ReportSightings implements DetentionSources {

  /** At most so many reports are matched (the latest). */
  static final int MAX_REPORTS = 2000;

  private final ReportStore store;
  private final ReportStream stream;
  private final PersonKeys keys;

  ReportSightings(ReportStore store, ReportStream stream, PersonKeys keys) {
    this.store = store;
    this.stream = stream;
    this.keys = keys;
  }

  @Override
  public List<Sighting> sightings(Actor actor, Instant since, Instant now) {
    var out = new ArrayList<Sighting>();
    var reports =
        store.page(
            "r.reported_at >= :since or r.since_at >= :since",
            Map.of("since", Timestamp.from(since)),
            0,
            MAX_REPORTS);
    for (var r : reports) {
      DetentionReports.Person person;
      try {
        person = stream.person(r);
      } catch (IllegalStateException erased) {
        continue; // its key is gone: no person left to match
      }
      out.add(
          new Sighting(
              SourceKind.DETENTION_REPORT,
              DetentionReports.pseudonym(r.id()),
              ReportAccess.sees(actor, r) ? "/detention-reports/" + r.id() : null,
              keys.person(person.name(), person.birthDate()),
              keys.nationalId(person.nationalId()),
              keys.name(person.name()),
              r.facilityId(),
              r.reportedAt(),
              r.sinceAt()));
    }
    return out;
  }
}
