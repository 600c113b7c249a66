package org.habeas.complaints;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.habeas.custody.PersonKeys;
import org.habeas.overview.DetentionSources;
import org.habeas.overview.Sighting;
import org.habeas.overview.Sighting.SourceKind;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Complaints as a source of the overview's matching: those lodged since the instant that say the
 * person is still held and were not raised from a custody record, keyed on the person they name
 * (the victim, or the complainant who is the victim). A complaint has no date of birth, so it
 * matches a record on the name alone. The link is given to a monitor, who sees every complaint
 * (pseudonymised).
 */
@Component
class ComplaintSightings implements DetentionSources {

  /** At most so many complaints are matched (the latest). */
  static final int MAX_COMPLAINTS = 2000;

  private static final String SELECT_HELD =
      """
      select id, reference, complainant_role, complainant_name, victim_name, facility_id, \
      lodged_at from complaint \
      where lodged_at >= ? and still_held = ? and custody_record_id is null \
      order by lodged_at desc, id limit ?""";

  private final JdbcClient jdbc;
  private final PersonKeys keys;

  ComplaintSightings(JdbcClient jdbc, PersonKeys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  @Override
  public List<Sighting> sightings(Actor actor, Instant since, Instant now) {
    boolean linked = actor.is(Role.MONITOR);
    return jdbc.sql(SELECT_HELD)
        .params(Timestamp.from(since), true, MAX_COMPLAINTS)
        .query(
            (rs, i) -> {
              var victim = rs.getString("victim_name");
              var name =
                  victim != null && !victim.isBlank()
                      ? victim
                      : ComplainantRole.VICTIM.name().equals(rs.getString("complainant_role"))
                          ? rs.getString("complainant_name")
                          : null;
              return new Sighting(
                  SourceKind.COMPLAINT,
                  rs.getString("reference"),
                  linked ? "/complaints/" + rs.getString("id") : null,
                  null,
                  null,
                  keys.name(name),
                  rs.getString("facility_id"),
                  rs.getTimestamp("lodged_at").toInstant(),
                  null);
            })
        .list();
  }
}
