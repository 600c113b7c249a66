package org.habeas.custody;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.habeas.overview.DetentionSources;
import org.habeas.overview.Sighting;
import org.habeas.overview.Sighting.SourceKind;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The custody records as a source of the overview's matching: each record apprehended or opened
 * since the instant, keyed on its person (opened from the apprehension, never shown), with its
 * opening (when the server stored the first event) and its apprehension. A system read: nothing
 * personal leaves, so no read is logged.
 */
@Component
class CustodySightings implements DetentionSources {

  /** At most so many records are matched (the latest opened). */
  static final int MAX_RECORDS = 5000;

  private static final int CHUNK = 200;

  private static final String SELECT_RECENT =
      """
      select v.record_id, v.facility_id from custody_record_view v \
      join custody_record r on r.id = v.record_id \
      where v.apprehended_at >= ? or r.opened_at >= ? order by r.opened_at desc, v.record_id \
      limit ?""";

  private final JdbcClient jdbc;
  private final CustodyEventStore store;
  private final PersonKeys keys;

  CustodySightings(JdbcClient jdbc, CustodyEventStore store, PersonKeys keys) {
    this.jdbc = jdbc;
    this.store = store;
    this.keys = keys;
  }

  @Override
  public List<Sighting> sightings(Actor actor, Instant since, Instant now) {
    var facilities = new LinkedHashMap<String, String>();
    jdbc.sql(SELECT_RECENT)
        .params(Timestamp.from(since), Timestamp.from(since), MAX_RECORDS)
        .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
        .list()
        .forEach(e -> facilities.put(e.getKey(), e.getValue()));
    var ids = List.copyOf(facilities.keySet());
    var out = new ArrayList<Sighting>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      // Only each record's opening: the person, where and when; not the whole history.
      var openings = store.openings(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
      openings.forEach(
          (recordId, opening) -> {
            if (opening.event() instanceof Apprehended a) {
              var person = a.person();
              out.add(
                  new Sighting(
                      SourceKind.CUSTODY_RECORD,
                      CustodyRecords.pseudonym(recordId),
                      actor.is(Role.MONITOR) ? "/custody/" + recordId : null,
                      keys.person(person.name(), person.birthDate()),
                      keys.nationalId(person.nationalId()),
                      keys.name(person.name()),
                      facilities.get(recordId),
                      opening.recordedAt(),
                      a.occurredAt()));
            }
          });
    }
    return out;
  }
}
