package org.habeas.custody;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.habeas.overview.OverviewFigure;
import org.habeas.overview.OverviewSource;
import org.habeas.system.Actor;
import org.habeas.system.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The overview's custody number: records where an allegation of ill-treatment or an injury was
 * recorded in the last {@link #DAYS} days (by when it happened). A count only; whoever follows the
 * link sees the records as their role may (pseudonymised for a monitor).
 */
@Component
class CustodyOverview implements OverviewSource {

  static final int DAYS = 7;

  private final JdbcClient jdbc;

  CustodyOverview(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<OverviewFigure> figures(Actor actor, Instant now) {
    if (!actor.is(Role.MONITOR)) {
      return List.of();
    }
    long records =
        jdbc.sql(
                "select count(distinct record_id) from custody_event where type in"
                    + " ('AllegationMade', 'InjuryRecorded') and occurred_at >= ? and occurred_at"
                    + " <= ?")
            .params(Timestamp.from(now.minus(Duration.ofDays(DAYS))), Timestamp.from(now))
            .query(Long.class)
            .single();
    return List.of(
        new OverviewFigure(
            "records-allegations",
            "overview.records.allegations",
            records,
            "/custody?status=all",
            50,
            List.of()));
  }
}
